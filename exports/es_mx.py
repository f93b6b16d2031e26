"""Dates and numbers written the Mexican way (and the English way, for ``lang="en"``).

- ``long_date(date(2016, 7, 12))`` → "12 de julio de 2016" ("July 12, 2016" in English);
- ``weekday_date(...)`` → "martes 12 de julio de 2016" ("Tuesday, July 12, 2016");
- ``number(63508)`` → "63,508" (es-MX groups thousands with a comma, as English does);
- ``signed(1204)`` → "+1,204"; ``time_of_day(datetime)`` → "10:30".
"""

from __future__ import annotations

from datetime import date, datetime

MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre")
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_date(day: date | None, lang: str = "es") -> str:
    """"12 de julio de 2016"; "" for None."""
    if day is None:
        return ""
    if lang == "en":
        return f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"
    return f"{day.day} de {MONTHS[day.month - 1]} de {day.year}"


def weekday_date(day: date | None, lang: str = "es") -> str:
    """"martes 12 de julio de 2016"; "" for None."""
    if day is None:
        return ""
    if lang == "en":
        return f"{WEEKDAYS_EN[day.weekday()]}, {long_date(day, lang)}"
    return f"{WEEKDAYS[day.weekday()]} {long_date(day, lang)}"


def short_date(day: date | None, lang: str = "es") -> str:
    """"12/07/2016" (day first, as in Mexico); "07/12/2016" in English; "" for None."""
    if day is None:
        return ""
    if lang == "en":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def time_of_day(moment: datetime | None) -> str:
    """"10:30" (24-hour clock); "" for None."""
    return "" if moment is None else f"{moment.hour:02d}:{moment.minute:02d}"


def date_and_time(moment: datetime | None, lang: str = "es") -> str:
    """"12 de julio de 2016, 10:30"."""
    if moment is None:
        return ""
    return f"{long_date(moment.date(), lang)}, {time_of_day(moment)}"


def number(value: int | None) -> str:
    """"63,508"; "" for None."""
    return "" if value is None else f"{value:,}"


def signed(value: int | None) -> str:
    """"+1,204", "-35", "0"; "" for None."""
    if value is None:
        return ""
    return f"{value:+,}" if value else "0"
