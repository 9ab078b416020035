"""Build the bundled map templates (resources/templates/*.cjm and templates.json) through the model.

Run from the checkout: ``.venv/bin/python packaging/build_templates.py``. The output is
deterministic (fixed ids, fixed order), so re-running it only changes files whose content changed.
Every template goes through ``save_map`` and is loaded back with ``load_map`` to prove it validates.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cjm_desktop.io.mapfile.cjm_file import load_map, save_map  # noqa: E402
from cjm_desktop.model import (  # noqa: E402
    Card,
    EmotionPoint,
    Journey,
    Lane,
    LaneKind,
    Metric,
    MetricValue,
    Persona,
    Route,
    Stage,
)

OUT = ROOT / "resources" / "templates"
STAGE_COLORS = ("#4f7cac", "#3f9aa8", "#5a9e7c", "#c9833e", "#8e6bb0", "#c0564b", "#6b7f99")


@dataclass
class Builder:
    """Adds stages, lanes and cards with short, stable ids."""

    journey: Journey
    prefix: str
    lanes: dict[str, str] = field(default_factory=dict)  # short key -> lane id
    stages: list[str] = field(default_factory=list)
    count: int = 0

    def stage(self, name: str, description: str = "") -> None:
        index = len(self.journey.stages)
        stage = Stage(
            f"{self.prefix}-s{index + 1}", name, description, STAGE_COLORS[index % len(STAGE_COLORS)]
        )
        self.journey.stages.append(stage)
        self.stages.append(stage.id)

    def lane(self, key: str, kind: LaneKind, title: str) -> None:
        lane = Lane(f"{self.prefix}-l-{key}", kind, title)
        self.journey.lanes.append(lane)
        self.lanes[key] = lane.id

    def card(self, lane: str, stage: int, text: str, **fields: Any) -> str:
        self.count += 1
        card = Card(f"{self.prefix}-c{self.count:03d}", self.lanes[lane], self.stages[stage], text, **fields)
        self.journey.cards.append(card)
        return card.id

    def emotions(self, persona: Persona, scores: list[tuple[int, str]]) -> None:
        for stage_id, (score, note) in zip(self.stages, scores, strict=True):
            self.journey.emotions.append(EmotionPoint(persona.id, stage_id, score, note))

    def route(self, persona: Persona | None, *cards: str, labels: tuple[str, ...] = ()) -> None:
        for k, (a, b) in enumerate(zip(cards, cards[1:], strict=False)):
            n = len(self.journey.routes) + 1
            label = labels[k] if k < len(labels) else ""
            self.journey.routes.append(
                Route(f"{self.prefix}-r{n}", a, b, persona.id if persona else None, label)
            )


EXAMPLE_NOTE = "Example data: replace with your own figures"
# Example metrics of the e-commerce and order-delivery templates: (key, name, unit, format,
# higher is better, target, is count); every one is marked as example data in its source note.
EXAMPLE_METRICS = (
    ("sessions", "Sessions", "", "number", True, None, True),
    ("conversion", "Conversion", "", "percent", True, 0.03, False),
    ("bounce", "Bounce rate", "", "percent", False, 0.4, False),
    ("abandon", "Cart abandonment", "", "percent", False, 0.6, False),
    ("csat", "CSAT", "/5", "number", True, 4.2, False),
    ("nps", "NPS", "", "number", True, 30, False),
    ("ces", "CES", "/7", "number", False, 3, False),
)


def example_metrics(
    b: Builder, stage_values: dict[str, list[float | None]], card_values: dict[str, dict]
) -> None:
    """Example metrics (marked as such) with per-stage values and some per-touchpoint values."""
    j = b.journey
    for key, name, unit, fmt, higher, target, count in EXAMPLE_METRICS:
        if key not in stage_values and not any(key in v for v in card_values.values()):
            continue
        metric = Metric(
            f"{b.prefix}-m-{key}",
            name,
            unit,
            fmt,
            higher,
            target,
            "sum" if count else "mean",
            count,
            EXAMPLE_NOTE,
        )
        j.metrics.append(metric)
        for stage_id, value in zip(b.stages, stage_values.get(key, []), strict=False):
            if value is not None:
                j.metric_values.append(MetricValue(metric.id, stage_id, float(value)))
        for card_id, values in card_values.items():
            if key in values:
                stage_id = j.card(card_id).stage_id
                j.metric_values.append(MetricValue(metric.id, stage_id, float(values[key]), card_id=card_id))


def touch(channel: str, online: bool, mot: bool = False) -> dict[str, Any]:
    """Fields of a touchpoint card."""
    return {"channel": channel, "online": online, "moment_of_truth": mot}


# ---- templates ---------------------------------------------------------------------------------
def blank() -> Journey:
    j = Journey(
        "Untitled journey",
        "A blank map with the usual lanes.",
        "Goal and scope: what should this map explain?",
    )
    b = Builder(j, "blank")
    for i in range(4):
        b.stage(f"Stage {i + 1}")
    b.lane("touch", LaneKind.TOUCHPOINTS, "Touchpoints")
    b.lane("act", LaneKind.ACTIONS, "Customer actions")
    b.lane("think", LaneKind.THOUGHTS, "Thoughts")
    b.lane("goal", LaneKind.GOALS, "Goals & expectations")
    b.lane("emo", LaneKind.EMOTIONS, "Emotions")
    b.lane("pain", LaneKind.PAIN_POINTS, "Pain points")
    b.lane("opp", LaneKind.OPPORTUNITIES, "Opportunities")
    j.personas.append(Persona("blank-p1", "Persona 1", "#d0573c", role="Who is this customer?"))
    return j


def ecommerce() -> Journey:
    j = Journey(
        "Online store: from first look to loyal fan",
        "The five-stage e-commerce journey of a first-time buyer.",
        "Find out why customers abandon the cart at checkout, and what brings them back.",
    )
    b = Builder(j, "ecom")
    b.stage("Awareness", "Learns the brand exists")
    b.stage("Consideration", "Compares offers and alternatives")
    b.stage("Purchase", "Decides and buys")
    b.stage("Retention", "Returns, buys again, uses support")
    b.stage("Advocacy", "Recommends the brand")
    for key, kind, title in (
        ("touch", LaneKind.TOUCHPOINTS, "Touchpoints"),
        ("act", LaneKind.ACTIONS, "Doing"),
        ("think", LaneKind.THOUGHTS, "Thinking"),
        ("goal", LaneKind.GOALS, "Goals & expectations"),
        ("emo", LaneKind.EMOTIONS, "Feeling"),
        ("met", LaneKind.METRICS, "Metrics (example data)"),
        ("pain", LaneKind.PAIN_POINTS, "Pain points"),
        ("opp", LaneKind.OPPORTUNITIES, "Opportunities"),
        ("quote", LaneKind.QUOTES, "Quotes"),
        ("cta", LaneKind.CTA, "Calls to action"),
    ):
        b.lane(key, kind, title)
    p = Persona(
        "ecom-p1",
        "Maria Lopes",
        "#d0573c",
        role="Graphic designer, first-time buyer",
        age="32",
        location="Lisbon",
        segment="B2C",
        background="Shops online on her phone in the evening; buys clothes and home décor a few times a month.",
        goals="Find things that fit her style quickly; know the total price and delivery date before paying.",
        motivations="Good photos, honest reviews, free returns.",
        frustrations="Mandatory registration, hidden fees, slow answers on social media.",
        behaviours="Compares two or three shops, reads reviews, abandons the cart when surprised by costs.",
        channels=["social", "web", "mobile_app", "email"],
        quote="If I can't see the delivery cost up front, I'm gone.",
    )
    j.personas.append(p)
    t1 = b.card("touch", 0, "Instagram ad with a friend's like", **touch("social", True), persona_ids=[p.id])
    b.card("touch", 0, "Review site comparison article", **touch("web", True))
    t2 = b.card("touch", 1, "Product page with photos and sizes", **touch("web", True), persona_ids=[p.id])
    b.card("touch", 1, "Chat with support about delivery terms", **touch("messaging", True))
    t3 = b.card("touch", 2, "Checkout page", **touch("web", True, mot=True), persona_ids=[p.id])
    t4 = b.card("touch", 2, "Order confirmation e-mail", **touch("email", True), persona_ids=[p.id])
    t5 = b.card("touch", 3, "Courier hands over the parcel", **touch("courier", False), persona_ids=[p.id])
    b.card("touch", 3, "Call centre for a return", **touch("phone", False, mot=True))
    b.card("touch", 4, "Review request e-mail", **touch("email", True))
    b.card("touch", 4, "Shares a photo on social networks", **touch("social", True))
    b.route(p, t1, t2, t3, t4, t5)
    b.card("act", 0, "Scrolls the feed, taps the ad, browses the home page")
    b.card("act", 1, "Compares prices and delivery options with two other shops")
    b.card("act", 2, "Adds to cart, is asked to register, enters card details")
    b.card("act", 3, "Tracks the parcel, unpacks, exchanges a size")
    b.card("act", 4, "Leaves a review, recommends the shop to a friend")
    b.card("think", 0, "“Nice, but is this shop legit?”")
    b.card("think", 1, "“Which size do I need? What does delivery cost?”")
    b.card("think", 2, "“Why do I need an account just to pay?”")
    b.card("think", 3, "“Will it arrive before the weekend?”")
    b.card("think", 4, "“My friends would like this.”")
    b.card("goal", 0, "Discover something that fits my style without effort", persona_ids=[p.id])
    b.card("goal", 1, "Find the products I need with little effort", persona_ids=[p.id])
    b.card("goal", 2, "Pay quickly and safely, no surprises in the total", persona_ids=[p.id])
    b.card("goal", 3, "Get it delivered ASAP; easy returns if it doesn't fit", persona_ids=[p.id])
    b.card("goal", 4, "Feel good about recommending it", persona_ids=[p.id])
    b.card("pain", 0, "Too many generic ads; brand feels like any other shop", severity=1)
    b.card("pain", 1, "Hard-to-navigate product pages, poor photos", severity=2)
    b.card("pain", 2, "Mandatory registration before paying", severity=3)
    b.card("pain", 2, "Extra delivery fee appears only at the last step", severity=3)
    b.card("pain", 3, "Site timeouts while tracking the order; vague delivery window", severity=2)
    b.card("opp", 1, "Size guide and 360° photos on every product page", impact=3, effort=2)
    b.card("opp", 2, "Guest checkout; show delivery costs on the product page", impact=3, effort=1)
    b.card("opp", 3, "GPS tracking link and a one-hour delivery window by SMS", impact=2, effort=2)
    b.card("opp", 4, "Referral programme: both friends get 10 % off", impact=2, effort=2)
    b.card(
        "quote",
        1,
        "I had three tabs open and still couldn't tell which one delivers by Friday.",
        author="Maria, 32",
        source="interview",
        date="2024-03-12",
        persona_ids=[p.id],
    )
    b.card(
        "quote",
        2,
        "Why do I need an account just to buy one lamp?",
        author="Anonymous customer",
        source="survey",
        date="2024-04",
    )
    b.card(
        "quote",
        3,
        "The courier came while I was at work and nobody told me.",
        author="Ticket #48213",
        source="support_ticket",
        date="2024-05-02",
    )
    b.card(
        "quote",
        4,
        "Great quality, arrived fast. Will order again!",
        author="Verified buyer, ★★★★★",
        source="review",
        date="2024-05-20",
    )
    b.card("cta", 0, "Visit the shop")
    b.card("cta", 1, "Add to wishlist / newsletter sign-up")
    b.card("cta", 2, "Complete the purchase")
    b.card("cta", 3, "Join the loyalty programme")
    b.card("cta", 4, "Share on social networks")
    b.emotions(
        p,
        [
            (1, "Curious"),
            (0, "Unsure about sizes"),
            (-2, "Surprised by fees"),
            (1, "Parcel on time"),
            (2, "Happy to recommend"),
        ],
    )
    example_metrics(
        b,
        {
            "sessions": [48000, 21000, 6300, 2900, 1100],
            "conversion": [None, None, 0.031, None, None],
            "bounce": [0.52, 0.38, None, None, None],
            "abandon": [None, None, 0.68, None, None],
            "csat": [None, 3.9, 3.4, 4.3, 4.5],
            "nps": [None, None, None, 22, 31],
            "ces": [None, 3.1, 4.6, 2.8, None],
        },
        {t1: {"sessions": 18500, "bounce": 0.61}, t2: {"bounce": 0.34}, t3: {"abandon": 0.68, "ces": 4.6}},
    )
    return j


def order_delivery() -> Journey:
    j = Journey(
        "Order delivery: from checkout to paperwork",
        "What happens between paying and holding the parcel.",
        "Cut “where is my order?” contacts and missed deliveries.",
    )
    b = Builder(j, "deliv")
    b.stage("Placing the order", "Checkout, delivery request")
    b.stage("Order confirmation", "Confirmation message, support agent")
    b.stage("Waiting for delivery", "Status messages, GPS tracking")
    b.stage("Receiving the order", "Parcel, courier")
    b.stage("Paperwork", "Courier, documents")
    for key, kind, title in (
        ("touch", LaneKind.TOUCHPOINTS, "Touchpoints"),
        ("act", LaneKind.ACTIONS, "Customer actions"),
        ("goal", LaneKind.GOALS, "Goals & expectations"),
        ("emo", LaneKind.EMOTIONS, "Emotions"),
        ("met", LaneKind.METRICS, "Metrics (example data)"),
        ("pain", LaneKind.PAIN_POINTS, "Pain points"),
        ("opp", LaneKind.OPPORTUNITIES, "Opportunities"),
        ("back", LaneKind.BACKSTAGE, "Backstage"),
    ):
        b.lane(key, kind, title)
    p = Persona(
        "deliv-p1",
        "Tomás Novák",
        "#2f6fb3",
        role="Project manager, orders for home and office",
        age="41",
        location="Brno",
        segment="B2C",
        background="Works long hours in an office; orders groceries and electronics online every week.",
        goals="Know exactly when the parcel arrives; never waste a day waiting at home.",
        motivations="Predictability, one-hour delivery windows, a courier who calls ahead.",
        frustrations="Vague delivery windows, status pages that time out, paper forms at the door.",
        behaviours="Checks the tracking page several times a day; calls support when the status stalls.",
        channels=["web", "email", "messaging", "phone", "courier"],
        quote="Just tell me when it's coming — an hour's window is enough.",
    )
    j.personas.append(p)
    t1 = b.card("touch", 0, "Checkout page with delivery options", **touch("web", True, mot=True))
    t2 = b.card("touch", 0, "Delivery request form", **touch("web", True))
    t3 = b.card("touch", 1, "Confirmation e-mail with order number", **touch("email", True))
    b.card("touch", 1, "Support agent in chat", **touch("messaging", True))
    t4 = b.card("touch", 2, "Status messages by SMS", **touch("messaging", True))
    t5 = b.card("touch", 2, "GPS tracking page", **touch("web", True))
    t6 = b.card("touch", 3, "Courier at the door with the parcel", **touch("courier", False, mot=True))
    b.card("touch", 4, "Courier hands over the invoice and warranty", **touch("courier", False))
    b.card("touch", 4, "Documents by e-mail", **touch("email", True))
    b.route(p, t1, t2, t3, t4, t5, t6)
    b.card("act", 0, "Chooses a delivery slot and pays")
    b.card("act", 1, "Reads the confirmation, asks support to change the address")
    b.card("act", 2, "Checks the tracking page, waits for the SMS")
    b.card("act", 3, "Meets the courier, checks the parcel for damage")
    b.card("act", 4, "Signs, files the invoice, registers the warranty")
    b.card("goal", 0, "Choose a delivery time that suits me", persona_ids=[p.id])
    b.card("goal", 1, "Get it delivered ASAP", persona_ids=[p.id])
    b.card("goal", 2, "Know where the parcel is without calling anyone", persona_ids=[p.id])
    b.card("goal", 3, "Receive it intact, at the promised time", persona_ids=[p.id])
    b.card("goal", 4, "Have the paperwork in one place for returns", persona_ids=[p.id])
    b.card("pain", 0, "Bad delivery terms: only 8:00–18:00 windows", severity=2)
    b.card("pain", 1, "Address cannot be changed after payment", severity=2)
    b.card("pain", 2, "Tracking page times out; status stuck on “in transit”", severity=3)
    b.card("pain", 3, "Courier doesn't call ahead; missed delivery", severity=3)
    b.card("pain", 4, "Paper documents only; easy to lose", severity=1)
    b.card("opp", 1, "Let customers edit the address until dispatch", impact=2, effort=1)
    b.card("opp", 2, "Live GPS link with a one-hour window", impact=3, effort=2)
    b.card("opp", 3, "Courier calls 30 minutes ahead; safe-place option", impact=3, effort=1)
    b.card("opp", 4, "Send invoice and warranty as PDF", impact=1, effort=1)
    b.card("back", 0, "Payment check and stock reservation")
    b.card("back", 1, "Warehouse picks and packs the order")
    b.card("back", 2, "Carrier scans the parcel at each hub")
    b.card("back", 3, "Courier route planning")
    b.card("back", 4, "Invoice generated by the ERP")
    b.emotions(p, [(1, "Easy checkout"), (0, "Waiting"), (-2, "No news"), (1, "It's here"), (0, "Paperwork")])
    example_metrics(
        b,
        {
            "sessions": [9200, 8900, 8700, 8400, 8300],
            "abandon": [0.12, None, None, None, None],
            "csat": [4.3, 4.1, 3.2, 4.0, 3.8],
            "nps": [None, None, None, 18, None],
            "ces": [2.4, 3.0, 5.1, 3.3, 3.9],
        },
        {t1: {"abandon": 0.12}, t5: {"csat": 2.9, "ces": 5.6}, t6: {"csat": 4.4}},
    )
    return j


def omnichannel_ropo() -> Journey:
    j = Journey(
        "Buying a kitchen: research online, purchase offline",
        "An omnichannel ROPO journey across store, social, web, phone and app.",
        "Connect the channels so a buyer who researches online comes back to buy — with us.",
    )
    b = Builder(j, "ropo")
    b.stage("Inspiration", "First store visit, ideas")
    b.stage("Research", "Designs, configurator, reviews")
    b.stage("Consultation", "Call centre, app")
    b.stage("Purchase", "Back in the store")
    b.stage("Installation", "Delivery and fitting")
    for key, kind, title in (
        ("touch", LaneKind.TOUCHPOINTS, "Touchpoints"),
        ("act", LaneKind.ACTIONS, "Customer actions"),
        ("think", LaneKind.THOUGHTS, "Thoughts"),
        ("emo", LaneKind.EMOTIONS, "Emotions"),
        ("pain", LaneKind.PAIN_POINTS, "Pain points"),
        ("opp", LaneKind.OPPORTUNITIES, "Opportunities"),
        ("quote", LaneKind.QUOTES, "Quotes"),
    ):
        b.lane(key, kind, title)
    p = Persona(
        "ropo-p1",
        "Anna Virtanen",
        "#7a5cb0",
        role="Teacher renovating her flat",
        age="38",
        location="Tampere",
        segment="B2C",
        background="Buying a new kitchen for the first time; budget matters, so does the look.",
        goals="A kitchen that fits the room and the budget, installed without stress.",
        motivations="Seeing real kitchens, trying designs herself, advice from a person.",
        frustrations="Having to explain her plan again on every channel.",
        behaviours="Researches online for weeks, but buys big things in person.",
        channels=["store", "social", "web", "phone", "mobile_app"],
        quote="I want to touch the worktop before I pay for it.",
    )
    j.personas.append(p)
    s1 = b.card("touch", 0, "Visits the store and leaves", **touch("store", False))
    s2 = b.card("touch", 1, "Studies kitchen designs on social networks", **touch("social", True))
    s3 = b.card("touch", 1, "Builds a kitchen in the website's configurator", **touch("web", True, mot=True))
    s4 = b.card("touch", 2, "Calls the call centre", **touch("phone", False, mot=True))
    s5 = b.card("touch", 2, "Reads reviews on a review site", **touch("web", True))
    s6 = b.card("touch", 2, "Follows a link in the mobile app", **touch("mobile_app", True))
    s7 = b.card("touch", 3, "Returns to the store to buy", **touch("store", False, mot=True))
    b.card("touch", 4, "Fitter team at home", **touch("partner", False))
    for card_id in (s1, s2, s3, s4, s5, s6, s7):
        j.card(card_id).persona_ids = [p.id]
    b.route(p, s1, s2, s3, s4, s5, s6, s7, labels=("ideas", "", "questions", "", "", "buys"))
    b.card("act", 0, "Looks at display kitchens, takes photos, leaves without a plan")
    b.card("act", 1, "Saves designs, measures the room, tries layouts in the configurator")
    b.card("act", 2, "Asks about delivery times, compares reviews, gets an app notification")
    b.card("act", 3, "Brings the saved design to the store; signs the order")
    b.card("act", 4, "Receives the delivery; fitters install the kitchen")
    b.card("think", 0, "“So many options — where do I start?”")
    b.card("think", 1, "“Will this layout actually fit around the window?”")
    b.card("think", 2, "“Can someone check my plan before I order?”")
    b.card("think", 3, "“Good, they already have my design.”")
    b.card("pain", 1, "Configurator design can't be sent to the store", severity=3)
    b.card("pain", 2, "Call centre can't see the saved design", severity=2)
    b.card("pain", 3, "Store prices differ from the website", severity=2)
    b.card("pain", 4, "Fitting date only confirmed a day before", severity=1)
    b.card("opp", 1, "Save the configurator design to an account shared by all channels", impact=3, effort=2)
    b.card("opp", 2, "Book a design consultation from the app", impact=2, effort=1)
    b.card("opp", 3, "One price everywhere; store staff open the online design", impact=3, effort=2)
    b.card(
        "quote",
        0,
        "I walked around for an hour and went home with a brochure.",
        author="Anna, 38",
        source="interview",
        date="2024-02-08",
        persona_ids=[p.id],
    )
    b.card(
        "quote",
        2,
        "I had to explain my whole kitchen again on the phone.",
        author="Caller",
        source="support_ticket",
        date="2024-02-21",
    )
    b.card(
        "quote",
        3,
        "Roughly half of our kitchen buyers research online first.",
        author="Store manager",
        source="interview",
    )
    b.emotions(
        p, [(0, "Overwhelmed"), (2, "Inspired"), (-1, "Repeating herself"), (2, "Confident"), (1, "Relieved")]
    )
    return j


def b2b_purchase() -> Journey:
    j = Journey(
        "B2B purchase: construction steel",
        "A buyer of construction steel goes from the producer's site to a personal quote.",
        "Win large-volume buyers who cannot order online and go looking elsewhere.",
    )
    b = Builder(j, "b2b")
    b.stage("Need", "A project needs steel")
    b.stage("Online research", "Producer's site, market search")
    b.stage("Contact sales", "Reps, stakeholders, demo")
    b.stage("Quote & order", "Personal quote, negotiation")
    b.stage("After-sales", "Delivery, support, reorders")
    for key, kind, title in (
        ("touch", LaneKind.TOUCHPOINTS, "Touchpoints"),
        ("act", LaneKind.ACTIONS, "Buyer actions"),
        ("goal", LaneKind.GOALS, "Goals & expectations"),
        ("emo", LaneKind.EMOTIONS, "Emotions"),
        ("pain", LaneKind.PAIN_POINTS, "Pain points"),
        ("opp", LaneKind.OPPORTUNITIES, "Opportunities"),
        ("back", LaneKind.BACKSTAGE, "Sales & operations (backstage)"),
    ):
        b.lane(key, kind, title)
    p = Persona(
        "b2b-p1",
        "Viktor Horváth",
        "#3d8b4f",
        role="Procurement manager, construction company",
        age="47",
        location="Győr",
        segment="B2B",
        background="Buys rebar and structural steel for three to five building projects a year.",
        goals="Reliable supply at a fair price, delivered to the site on schedule.",
        motivations="A named sales contact, clear volume pricing, certificates on time.",
        frustrations="Online shops with volume limits; waiting days for a quote.",
        behaviours="Researches online, then wants to talk to a person; involves the site engineer and finance.",
        channels=["web", "phone", "email", "partner"],
        quote="For 200 tonnes I don't want a shopping cart, I want a phone number.",
    )
    j.personas.append(p)
    r1 = b.card("touch", 1, "Large producer's website", **touch("web", True))
    r2 = b.card("touch", 1, "Online order form: volume limit reached", **touch("web", True, mot=True))
    r3 = b.card("touch", 1, "Market search: distributors and marketplaces", **touch("partner", True))
    r4 = b.card("touch", 2, "Sales rep call", **touch("phone", False))
    b.card("touch", 2, "Product demo at the plant", **touch("store", False))
    r5 = b.card("touch", 3, "Personal quote by e-mail", **touch("email", True, mot=True))
    b.card("touch", 4, "Account manager and after-sales support", **touch("phone", False))
    b.card("touch", 0, "Tender documents from the client", **touch("other", False))
    for card_id in (r1, r2, r3, r4, r5):
        j.card(card_id).persona_ids = [p.id]
    b.route(p, r1, r2, r3, r1, labels=("", "can't order", "comes back"))
    b.route(p, r1, r4, r5)
    b.card("act", 0, "Estimates tonnage with the site engineer")
    b.card("act", 1, "Checks prices and specs; tries to order; searches the market")
    b.card("act", 2, "Requests a personal quote; meets the rep with finance")
    b.card("act", 3, "Negotiates price and delivery schedule; signs")
    b.card("act", 4, "Calls support about certificates; reorders for the next phase")
    b.card("goal", 1, "Compare specs and prices without calling anyone", persona_ids=[p.id])
    b.card("goal", 2, "One contact who understands the project", persona_ids=[p.id])
    b.card("goal", 3, "A quote within a day, valid long enough to get approval", persona_ids=[p.id])
    b.card("goal", 4, "Certificates and invoices in order for the auditors", persona_ids=[p.id])
    b.card("pain", 1, "Cannot order online above the volume limit", severity=3)
    b.card("pain", 2, "Several contacts with different reps; repeats the project details", severity=2)
    b.card("pain", 3, "Quote takes four working days", severity=3)
    b.card("pain", 4, "Mill certificates arrive after the steel", severity=2)
    b.card("opp", 1, "“Request a volume quote” instead of an error at the limit", impact=3, effort=1)
    b.card("opp", 2, "One account manager per project, CRM notes shared", impact=3, effort=2)
    b.card("opp", 3, "Quote within 24 hours with a price calculator for reps", impact=3, effort=2)
    b.card("opp", 4, "Certificates downloadable from a customer portal", impact=2, effort=2)
    b.card("back", 2, "Lead routed to the regional sales team")
    b.card("back", 3, "Pricing approval by the sales director")
    b.card("back", 4, "Logistics books trucks to the site")
    b.emotions(
        p,
        [
            (0, "Routine"),
            (-2, "Blocked online"),
            (1, "Finally a person"),
            (1, "Good deal"),
            (0, "Paperwork chase"),
        ],
    )
    return j


def service_blueprint() -> Journey:
    j = Journey(
        "Service blueprint: a hotel stay",
        "Frontstage and backstage of a business trip, above and below the line of visibility.",
        "See which backstage processes make or break the guest's experience.",
    )
    b = Builder(j, "blue")
    b.stage("Booking", "Finds and books a room")
    b.stage("Arrival", "Check-in")
    b.stage("Stay", "Room, breakfast, Wi-Fi")
    b.stage("Check-out", "Bill and departure")
    b.stage("After the stay", "Invoice, review")
    for key, kind, title in (
        ("evidence", LaneKind.NOTES, "Physical evidence"),
        ("act", LaneKind.ACTIONS, "Customer actions"),
        ("touch", LaneKind.TOUCHPOINTS, "Frontstage interactions"),
        ("back", LaneKind.BACKSTAGE, "Backstage actions"),
        ("support", LaneKind.BACKSTAGE, "Support processes"),
        ("emo", LaneKind.EMOTIONS, "Emotions"),
        ("pain", LaneKind.PAIN_POINTS, "Fail points"),
        ("opp", LaneKind.OPPORTUNITIES, "Opportunities"),
    ):
        b.lane(key, kind, title)
    p = Persona(
        "blue-p1",
        "Eleni Papadopoulou",
        "#c0564b",
        role="Sales consultant on business trips",
        age="35",
        location="Thessaloniki",
        segment="B2C",
        background="Travels two nights a month; the company pays, she books.",
        goals="A quiet room, fast Wi-Fi and an invoice in the company's name.",
        motivations="Saving time; loyalty points.",
        frustrations="Queues at reception; invoices with the wrong company details.",
        behaviours="Books on her phone; checks in late; leaves early.",
        channels=["mobile_app", "web", "email", "store"],
        quote="Η απόδειξη πρέπει να είναι σωστή από την πρώτη φορά — the invoice must be right the first time.",
    )
    j.personas.append(p)
    b.card("evidence", 0, "Booking confirmation e-mail")
    b.card("evidence", 1, "Lobby, key card")
    b.card("evidence", 2, "Room, breakfast buffet, Wi-Fi card")
    b.card("evidence", 3, "Printed bill")
    b.card("evidence", 4, "PDF invoice, review request")
    b.card("act", 0, "Books a room in the app")
    b.card("act", 1, "Arrives late, checks in")
    b.card("act", 2, "Works in the room, has breakfast")
    b.card("act", 3, "Pays, leaves the key card")
    b.card("act", 4, "Files the invoice, writes a review")
    f1 = b.card("touch", 0, "Hotel app booking", **touch("mobile_app", True))
    f2 = b.card("touch", 1, "Reception desk", **touch("store", False, mot=True))
    f3 = b.card("touch", 2, "Room service by chat", **touch("messaging", True))
    f4 = b.card("touch", 3, "Express check-out at the desk", **touch("store", False))
    f5 = b.card("touch", 4, "Invoice e-mail", **touch("email", True, mot=True))
    for card_id in (f1, f2, f3, f4, f5):
        j.card(card_id).persona_ids = [p.id]
    b.route(p, f1, f2, f3, f4, f5)
    b.card("back", 0, "Reservation agent checks special requests")
    b.card("back", 1, "Housekeeping marks the room ready")
    b.card("back", 2, "Kitchen restocks the buffet")
    b.card("back", 3, "Front office prepares the bill")
    b.card("back", 4, "Accounting issues the invoice")
    b.card("support", 0, "Booking engine and channel manager")
    b.card("support", 1, "Property management system")
    b.card("support", 2, "Wi-Fi network, maintenance")
    b.card("support", 3, "Payment terminal")
    b.card("support", 4, "ERP, review platform")
    b.card("pain", 1, "Room not ready at a late arrival", severity=2)
    b.card("pain", 2, "Wi-Fi drops during video calls", severity=3)
    b.card("pain", 4, "Invoice in the guest's name, not the company's", severity=3)
    b.card("opp", 0, "Ask for company invoice details at booking", impact=3, effort=1)
    b.card("opp", 1, "Mobile key: skip the reception desk", impact=2, effort=3)
    b.card("opp", 2, "Business Wi-Fi tier for guests on work trips", impact=2, effort=2)
    b.emotions(
        p,
        [(1, "Easy booking"), (-1, "Queue"), (0, "Wi-Fi trouble"), (1, "Quick exit"), (-2, "Wrong invoice")],
    )
    return j


TEMPLATES = (
    ("blank", "Blank", "Four empty stages and the usual lanes, ready for your own journey.", blank),
    (
        "ecommerce",
        "E-commerce",
        "The five stages from awareness to advocacy, with touchpoints, quotes, pain points and calls to action.",
        ecommerce,
    ),
    (
        "order_delivery",
        "Order delivery",
        "From placing the order to paperwork: status messages, GPS tracking, the courier, and what happens backstage.",
        order_delivery,
    ),
    (
        "omnichannel_ropo",
        "Omnichannel: research online, purchase offline",
        "Buying a kitchen across store, social networks, configurator, call centre and app, with the buyer's route.",
        omnichannel_ropo,
    ),
    (
        "b2b_purchase",
        "B2B purchase",
        "A construction-steel buyer who cannot order online and asks sales for a personal quote.",
        b2b_purchase,
    ),
    (
        "service_blueprint",
        "Service blueprint",
        "A hotel stay with physical evidence, frontstage, backstage and support processes.",
        service_blueprint,
    ),
)


def main() -> None:
    """Write every template and the manifest, then load each back to prove it is valid."""
    OUT.mkdir(parents=True, exist_ok=True)
    manifest = []
    for key, name, description, build in TEMPLATES:
        journey = build()
        path = OUT / f"{key}.cjm"
        save_map(journey, path, keep_backup=False)
        load_map(path)
        manifest.append({"id": key, "name": name, "description": description, "file": path.name})
        print(
            f"{path.relative_to(ROOT)}: {len(journey.stages)} stages, {len(journey.lanes)} lanes, "
            f"{len(journey.cards)} cards, {len(journey.routes)} routes"
        )
    (OUT / "templates.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
