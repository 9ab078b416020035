"""Guess what a spreadsheet column measures: its format, unit, direction and default aggregate.

Pure functions over names, number formats and values; no Qt. The word lists follow the metrics
journey-map makers import (domain.md): conversion and bounce rates, time on page, cart
abandonment, CLV, CSAT, NPS, CES, engagement, acquisition, retention, reach, SEO rank.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import time, timedelta


def _phrases(text: str) -> tuple[str, ...]:
    return tuple(phrase.strip() for phrase in text.split("|"))


# Rates come before counts: "conversion rate" is a rate, "conversions" a count.
_RATE = _phrases(
    "rate|ratio|percent|percentage|pct|share|ctr|abandonment|bounce|churn|retention|"
    "conversion rate|open rate|click through|engagement rate|drop off|dropoff"
)
_CURRENCY = _phrases(
    "revenue|sales|income|price|cost|spend|aov|order value|basket value|clv|ltv|cltv|"
    "lifetime value|cac|cpa|cpc|cpm|arpu|profit|margin|eur|usd|gbp"
)
_DURATION = _phrases(
    "time|duration|seconds|secs|sec|session length|dwell|aht|handle time|wait|latency|minutes|mins|hours"
)
_SCORE = _phrases("nps|net promoter|csat|satisfaction|ces|effort|score|rating|stars|sentiment|rank|position")
_COUNT = _phrases(
    "sessions|session|visits|visitors|users|pageviews|page views|views|clicks|impressions|"
    "conversions|orders|purchases|transactions|signups|sign ups|registrations|leads|downloads|"
    "installs|tickets|calls|contacts|complaints|count|number of|reach|customers|subscribers|"
    "followers|shares|mentions|reviews|bounces|returns|refunds|abandoned carts|acquisitions|"
    "new users"
)
# Where less is better: the journey hurts when these go up.
_LOWER_IS_BETTER = _phrases(
    "bounce|abandon|abandonment|churn|exit|drop off|dropoff|effort|ces|"
    "time to resolve|resolution time|time to resolution|wait|waiting|handle time|aht|"
    "load time|latency|response time|time to first response|error|complaint|cost|cac|"
    "cpa|cpc|cost per|unsubscribe|refund|returns|return rate|rank|position|"
    "escalation|cancellation"
)
_CURRENCY_SYMBOLS = {
    "$": "$",
    "€": "€",
    "£": "£",
    "¥": "¥",
    "₹": "₹",
    "₽": "₽",
    "eur": "€",
    "usd": "$",
    "gbp": "£",
    "jpy": "¥",
    "inr": "₹",
    "rub": "₽",
}
_QUOTED = re.compile(r'"[^"]*"|\\.')
_CURRENCY_TAG = re.compile(r"\[\$([^\]-]*)")


@dataclass
class MetricGuess:
    """What a column most likely measures; the import wizard shows it for the user to confirm."""

    unit: str = ""
    format: str = "number"  # number | percent | currency | duration
    higher_is_better: bool = True
    aggregate: str = "mean"
    is_count: bool = False


def normalize_name(name: object) -> str:
    """Case-, accent-, spacing- and punctuation-blind form of a name: ' Étape-1 ' -> 'etape 1'."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def format_kind(number_format: str | None) -> str:
    """'percent', 'currency', 'duration' or 'number' for an Excel number format code."""
    if not number_format:
        return "number"
    tag = _CURRENCY_TAG.search(number_format)
    code = _QUOTED.sub("", number_format).lower()
    if "%" in code:
        return "percent"
    if "[h" in code or "[m" in code or "[s" in code or re.search(r"h+:mm|mm:ss", code):
        return "duration"
    quoted = "".join(_QUOTED.findall(number_format))
    if (tag and tag.group(1)) or any(symbol in number_format + quoted for symbol in "$€£¥₹₽"):
        return "currency"
    return "number"


def guess_metric(name: str, number_format: str | None, values: list[object]) -> MetricGuess:
    """Guess unit, format, direction and default aggregate from a column's name, format and values."""
    words = normalize_name(name)
    numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    durations = any(isinstance(v, timedelta | time) for v in values)
    fraction = bool(numbers) and all(-1.0 <= v <= 1.0 for v in numbers)
    kind = "duration" if durations else format_kind(number_format)
    guess = MetricGuess(higher_is_better=not _has(words, _LOWER_IS_BETTER))
    if kind == "number":  # a plain number format says nothing: the name decides
        kind = _kind_from_name(words, name, fraction)
    if kind == "percent":
        guess.format, guess.unit = "percent", "%"
    elif kind == "percent_points":
        guess.unit = "%"  # 0..100 values: shown as numbers with a % unit, never silently rescaled
    elif kind == "currency":
        guess.format, guess.unit = "currency", _currency_unit(name, number_format)
    elif kind == "duration":
        guess.format, guess.unit = "duration", "s"
    elif kind == "minutes":
        guess.unit = "min"
    elif kind == "count":
        guess.aggregate, guess.is_count = "sum", True
    return guess


def is_known_metric(name: str) -> bool:
    """Whether a name reads like a metric this module knows (sessions, bounce rate, NPS, ...)."""
    words = normalize_name(name)
    return any(_has(words, group) for group in (_RATE, _CURRENCY, _DURATION, _SCORE, _COUNT))


def _kind_from_name(words: str, name: str, fraction: bool) -> str:
    if "%" in name or _has(words, _RATE):
        return "percent" if fraction else "percent_points"
    if _has(words, _SCORE):
        return "number"
    if _has(words, _CURRENCY) or any(s in name for s in "$€£¥₹₽"):
        return "currency"
    if _has(words, _DURATION):
        return "minutes" if _has(words, ("min", "mins", "minutes")) else "duration"
    if _has(words, _COUNT):
        return "count"
    return "number"


def _has(words: str, phrases: tuple[str, ...]) -> bool:
    """Whole-word (or whole-phrase) match, so 'cost' is found in 'cost per lead' but not 'costume'."""
    padded = f" {words} "
    return any(f" {phrase} " in padded or f" {phrase}s " in padded for phrase in phrases)


def _currency_unit(name: str, number_format: str | None) -> str:
    tag = _CURRENCY_TAG.search(number_format or "")
    if tag and tag.group(1):
        return tag.group(1)
    for text in (number_format or "", name):
        for symbol in "$€£¥₹₽":
            if symbol in text:
                return symbol
    for word in normalize_name(name).split():
        if word in _CURRENCY_SYMBOLS:
            return _CURRENCY_SYMBOLS[word]
    return ""
