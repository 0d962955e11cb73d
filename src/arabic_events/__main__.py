"""``python -m arabic_events``: the same command line as ``arabic-events``."""

import sys

from .cli import main

sys.exit(main())
