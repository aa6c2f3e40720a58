"""Numbers in the wire style: «ر» between digit groups, the groups written in reverse order.

Saudi and other Gulf outlets, taking the SPA and wire style, print a number with the letter «ر» for its
separator, and store the groups in the reverse of their reading order so that, shown right to left, the
text looks like the number read left to right. SaudiNewsNet (31,030 articles) has 627 such numbers
with one «ر» and 8 with two, and the amounts beside them tell the reading:

- one «ر» is a decimal point, the fraction written first: «29ر53 دولارا» is an oil price of 53.29,
  «5ر32 مليون جنيه» a transfer fee of 32.5 million, «333ر10 مليون برميل» an output of 10.333 million;
- except after «000», where it separates thousands: «000ر30 ثلاثون ألف ريال» is 30,000 (10 of the 627);
- two or more are thousands separators: «540ر999ر45 ريال» is 45,999,540.

One «ر» after three digits other than «000» may be either («321ر97» is a dollar index of 97.321,
«500ر307 متر مكعب» a desalination plant's daily 307,500 cubic metres; 12 of the 627) and is read as
a decimal: copy detection compares numbers without their separators, so both readings give one key.
"""

from __future__ import annotations

import re

__all__ = ["WIRE_NUMBER", "read_wire_numbers", "wire_number"]

#: A number in the wire style, in folded text (ASCII digits).
WIRE_NUMBER = re.compile(r"\d+(?:ر\d+)+")


def wire_number(written: str) -> str:
    """The usual form of one wire-style number: groups in reading order, «.» or «,» between them.

    The result has the length of ``written``, so offsets into a text stay valid when it is replaced.

    >>> wire_number("29ر0"), wire_number("000ر22"), wire_number("540ر999ر45")
    ('0.29', '22,000', '45,999,540')
    """
    groups = written.split("ر")[::-1]
    separator = "," if len(groups) > 2 or groups[-1] == "000" else "."
    return separator.join(groups)


def read_wire_numbers(folded: str) -> str:
    """``folded`` with each wire-style number in its usual form (same length, so same offsets).

    >>> read_wire_numbers("بنسبة 29ر0 % الى 5ر15 درجة")
    'بنسبة 0.29 % الى 15.5 درجة'
    """
    return WIRE_NUMBER.sub(lambda m: wire_number(m.group()), folded)
