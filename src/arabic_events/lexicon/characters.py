"""Character tables for normalization: which characters each step deletes or folds.

Data only. Ranges are inclusive pairs of code points; folds map one character
to one character, so they never move offsets.
"""

from __future__ import annotations

#: Arabic diacritics (harakat, tanwin, shadda, sukun, Quranic marks), deleted.
DIACRITIC_RANGES: tuple[tuple[int, int], ...] = (
    (0x0610, 0x061A),
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x06D6, 0x06ED),
    (0x08D3, 0x08FF),
)

#: Tatweel (kashida), the elongation stroke, deleted.
TATWEEL = "\u0640"

#: Zero-width characters and bidirectional controls, deleted (not turned into spaces).
CONTROL_RANGES: tuple[tuple[int, int], ...] = (
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2066, 0x2069),
    (0x061C, 0x061C),
    (0xFEFF, 0xFEFF),
)

#: Arabic presentation forms (contextual shapes and ligatures), expanded to base letters.
PRESENTATION_RANGES: tuple[tuple[int, int], ...] = (
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)

#: Alef with hamza above or below, alef with madda, alef wasla: plain alef.
ALEF_FOLDS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}

#: Alef maksura: yeh.
ALEF_MAKSURA_FOLDS = {"ى": "ي"}

#: Teh marbuta: heh.
TEH_MARBUTA_FOLDS = {"ة": "ه"}

#: Hamza on waw and on yeh: the bare carrier.
HAMZA_CARRIER_FOLDS = {"ؤ": "و", "ئ": "ي"}

#: Arabic-Indic and extended (Persian/Urdu) digits: ASCII digits.
DIGIT_FOLDS = {chr(0x0660 + i): str(i) for i in range(10)} | {
    chr(0x06F0 + i): str(i) for i in range(10)
}

#: Persian and Urdu letters that stand for Arabic ones in Arabic text.
PERSIAN_LETTER_FOLDS = {"ک": "ك", "ی": "ي", "ھ": "ه", "ۀ": "ه"}

#: Arabic punctuation: the ASCII sign.
PUNCTUATION_FOLDS = {"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ","}

#: Unicode spaces other than U+0020, turned into U+0020 by the space step.
SPACE_CHARACTERS = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)

#: Combining madda and hamza marks, which NFC composes with ا و ي into آ أ إ ؤ ئ.
COMPOSING_MARKS = "\u0653\u0654\u0655"
