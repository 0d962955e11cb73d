"""Event codes: how an occurrence's type and status map to PLOVER and CAMEO.

Data only; ``events/codes.py`` applies the tables. PLOVER event types and modes
follow the Open Event Data Alliance's PLOVER codebook and its CAMEO crosswalk
(CONSULT modes ``phone``, ``visit``, ``host``, ``third-party``); CAMEO codes are
the CAMEO 1.1 event codes (040 consult, 042 make a visit, 043 host a visit, 044
meet at a third location, 046 engage in negotiation, 036 express intent to meet
or negotiate).
"""

from __future__ import annotations

#: ``(event type, status, PLOVER event, PLOVER mode, CAMEO code)``. ``"*"`` is any
#: type or status; the first row that matches wins; an empty string is no value
#: (a cancelled event and a ceremony get no code).
CODES: tuple[tuple[str, str, str, str, str], ...] = (
    ("*", "cancelled", "", "", ""),
    ("other", "*", "", "", ""),
    ("*", "planned", "AGREE", "", "036"),
    ("visit", "*", "CONSULT", "visit", "042"),
    ("talks", "*", "CONSULT", "", "046"),
    ("meeting", "*", "CONSULT", "", "040"),
    ("summit", "*", "CONSULT", "", "040"),
    ("conference", "*", "CONSULT", "", "040"),
    ("forum", "*", "CONSULT", "", "040"),
    ("session", "*", "CONSULT", "", "040"),
    ("workshop", "*", "CONSULT", "", "040"),
)

#: The place's country against the participants' countries, for a CONSULT:
#: ``(relation, PLOVER mode, CAMEO code)``. The CAMEO code changes only where the
#: row above gave 040 (consult) or 042 (make a visit); talks keep 046.
#:
#: * ``host``: the place is in the first participant's (the source's) country and
#:   another participant is from elsewhere, or the trigger is استقبل (received);
#: * ``third-party``: the place is in none of the participants' countries (two or
#:   more participants with a country each);
#: * ``visit``: otherwise, the place is not in the source's country.
PLACE_MODES: tuple[tuple[str, str, str], ...] = (
    ("host", "host", "043"),
    ("third-party", "third-party", "044"),
    ("visit", "visit", "042"),
)

#: Meeting triggers that say the subject hosted the other side (استقبل الرئيس ضيفه).
HOST_TRIGGERS: tuple[str, ...] = ("استقبل", "يستقبل", "استقبال", "استقباله", "استقبالها")

#: CAMEO codes the place may refine (the others stand).
REFINED_CAMEO: tuple[str, ...] = ("040", "042")
