"""Parts for a platform: the platform's owner receives them.

Engines, sensors and spare parts are sold for a platform, and the text names the platform
rather than the buyer:

- "Motor Sich supplies AI-450 engines for Baykar's Akinci drone" -> Ukraine to Turkey (the
  drone's owner, a Turkish firm), the engines;
- "Canada exported cameras used on Turkish drones" -> Canada to Turkey, electronics;
- "the engines for Pakistan's JF-17 fighters come from Russia" -> Russia to Pakistan;
- "engines for the Akinci": with no owner named, the platform's maker (Turkey) receives them.

A platform named only as where parts are fitted is no transfer of its own (``for_parts``:
"cameras used on Turkish drones" is no sale of drones). Parts "for" a named platform keep
the platform's own claim, as GUIDELINES' gold does ("replacement parts for Venezuela's
F-16s": F-16, mode components). Engines that "power" a platform, or that it is "fitted
with", are supplied by their maker to its owner (``powered``).
"""
from __future__ import annotations

from functools import lru_cache

from . import parties, patterns, recall, roles, status as status_mod, typeroles
from .context import Context, Ref

PART_CATEGORIES = {"category:components", "category:electronics"}
# participles and relative verbs that hang a platform on a part ("cameras used on", "engines
# fitted to", "parts needed for", "radars meant for")
FIT_VERBS = {"use", "fit", "install", "mount", "integrate", "intend", "destine", "design", "need", "require",
             "mean", "earmark", "build", "make", "produce", "develop"}
PLATFORM_PREPS = {"for", "on", "in", "aboard", "onto", "into", "to"}
# kinds that are not platforms a part is fitted to
NOT_PLATFORMS = PART_CATEGORIES | {"category:materiel", "category:technology", "category:troops",
                                   "category:airbase", "category:military-facility", "category:production",
                                   "category:testing-range", "category:missile-development",
                                   "category:ammunition", "category:small-arms"}


@lru_cache(maxsize=4096)
def _catalog_category(family: str) -> str:
    try:
        from ..catalog import load
        return load().system(family).category
    except Exception:  # noqa: BLE001 - a family the catalog does not know
        return ""


def is_part(ref: Ref) -> bool:
    """Whether the weapon mention names parts: a parts category ("engines", "sensors") or a
    catalog system of one (the AI-450 engine, the MX-15 camera)."""
    if not ref.is_system:
        return False
    if ref.is_category:
        return ref.id in PART_CATEGORIES
    return _catalog_category(ref.id) in PART_CATEGORIES


def _phrase_systems(ctx: Context, token):
    """The weapon mentions of a noun and of its modifiers ("Akinci" in "the Akinci drone")."""
    for node in (token, *(c for c in token.children if c.dep_ in ("compound", "nmod", "amod"))):
        ref = ctx.ref_at(node)
        if ref is not None and ref.is_system:
            yield ref


def _is_platform(ctx: Context, token) -> bool:
    ref = next(_phrase_systems(ctx, token), None)
    return ref is not None and ref.id not in NOT_PLATFORMS and not is_part(ref)


def _head(ctx: Context, ref: Ref):
    return ctx.doc[recall.np_head(ctx, ref)]


def platforms(ctx: Context, token, ref: Ref) -> list:
    """Head nouns of the platforms the parts ``ref`` are for: the part's own "for / on"
    phrase, a participle or relative verb of fitting on it ("used on", "which power"), or
    the "for" phrase of the verb that gives them ("supply engines for the Akinci")."""
    head = _head(ctx, ref)
    objects = patterns.prep_objects(head, PLATFORM_PREPS)
    for clause in (c for c in head.children if c.dep_ in ("acl", "relcl")):
        if clause.lemma_.lower() == "power":
            objects += patterns.slot_fillers(clause, "dobj")
        elif clause.lemma_.lower() in FIT_VERBS:
            objects += patterns.prep_objects(clause, PLATFORM_PREPS)
    if token.pos_ == "VERB" and head.head.i == token.i and head.dep_ in ("dobj", "nsubjpass"):
        objects += patterns.prep_objects(token, {"for"})
    # "kits for the assembly of Su-30MKI fighters": the platform the making noun names
    objects += [o for a in list(objects) if a.lemma_.lower() in MAKING_NOUNS for o in patterns.prep_objects(a, {"of"})]
    return [o for o in patterns.with_conjuncts(objects) if _is_platform(ctx, o)]


# nouns of making a platform from parts given for it
MAKING_NOUNS = {"assembly", "production", "manufacture", "manufacturing", "construction", "building"}


def assembled_in(ctx: Context, platform) -> list[str]:
    """The state a platform is put together in, from parts given for it ("kits for the
    assembly of Su-30MKI fighters in India": IND), on the platform or on its making noun."""
    making = platform.head.head if platform.dep_ == "pobj" and platform.head.lower_ == "of" else None
    if making is None or making.lemma_.lower() not in MAKING_NOUNS:
        return []
    return [a for n in (platform, making) for o in patterns.prep_objects(n, {"in"})
            for a in roles.actors_of(ctx, o)][:1]


def _named(ctx: Context, platform) -> Ref | None:
    """The named system of a platform's phrase ("Shahed" in "Russian Shahed drones")."""
    return next((r for r in _phrase_systems(ctx, platform) if not r.is_category), None)


def _name_owner(ctx: Context, named: Ref) -> str | None:
    """A state adjective hung on the name itself ("Russian" in "Russian Shahed drones")
    that the catalog does not give as the maker."""
    for token in ctx.doc[named.start:named.end]:
        for child in token.children:
            if not named.start <= child.i < named.end:
                found = parties.owner_adjective(ctx, named, child)
                if found:
                    return found
    return None


def parts_sides(ctx: Context, token, ref: Ref, suppliers: list[str]) -> tuple[list[str], list[str]]:
    """(suppliers, recipients) of parts given for a platform: the platforms' owners (the
    possessive or the state adjective: "Baykar's Akinci", "Turkish drones"), else the maker
    of a named platform the supplier does not make, receive them; an unnamed supplier is
    the platform's maker ("replacement parts for Venezuela's F-16s"). ``(suppliers, [])``
    for goods that are not parts or name no platform."""
    if not is_part(ref):
        return suppliers, []
    recipients: list[str] = []
    makers: list[str] = []
    for platform in platforms(ctx, token, ref):
        named = _named(ctx, platform)
        origins = list(parties.catalog_origins(named.id)) if named is not None else []
        owners = assembled_in(ctx, platform) or \
            _platform_owners(ctx, platform, tuple(suppliers))   # ("Russian Shahed drones"; else the maker)
        recipients += [a for a in owners if a not in recipients]
        makers += [a for a in origins[:1] if a not in makers]
    if recipients and not suppliers:
        suppliers = [a for a in makers if a not in recipients]
    return suppliers, recipients


def for_parts(ctx: Context, ref: Ref) -> bool:
    """Whether a platform is named only as where parts are fitted: "cameras used on Turkish
    TB2 drones", "the engines that power the Akinci". (Parts "for" a named platform keep
    its claim, with the components mode: "replacement parts for Venezuela's F-16s".)"""
    node = _head(ctx, ref)
    if node.dep_ == "dobj" and node.head.lemma_.lower() == "power":
        holder = node.head
        return holder.dep_ in ("acl", "relcl") and _is_parts_noun(ctx, holder.head) or \
            any(_is_parts_noun(ctx, s) for s in patterns.subjects(holder))
    if node.dep_ != "pobj" or node.head.lower_ not in PLATFORM_PREPS:
        return False
    holder = node.head.head
    return holder.dep_ in ("acl", "relcl") and holder.lemma_.lower() in FIT_VERBS and \
        _is_parts_noun(ctx, holder.head)   # "cameras used on Turkish drones"


def _is_parts_noun(ctx: Context, token) -> bool:
    ref = next(_phrase_systems(ctx, token), None)
    return ref is not None and is_part(ref)


# verbs that put parts into a platform: "RD-93 engines power the JF-17", "the J-10 is
# powered by / fitted with Russian AL-31 engines"
POWER_VERBS = {"power"}
FIT_WITH_VERBS = {"fit", "refit", "retrofit"}
FITTING = POWER_VERBS | FIT_WITH_VERBS


def powered(ctx: Context, sent) -> list:
    """Parts fitted to another state's platform are its supply of components: "Ukrainian
    AI-450 engines power Baykar's Akinci drone" -> Ukraine to Turkey, done; "the J-10 is
    fitted with Russian AL-31 engines" -> Russia to China. The parts' maker is the one the
    text gives ("Ukrainian", "built by Motor Sich") or the catalog's; no claim when the
    platform's owner is that maker or unknown."""
    out = []
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma not in FITTING:
            continue
        objects = patterns.slot_fillers(token, "dobj")
        if not (token.pos_ == "VERB" or lemma in POWER_VERBS and objects):
            continue   # ("engines power the Akinci" read as a noun "power" with an object)
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in token.children) or \
            token.dep_ == "acl" and token.tag_ == "VBN"
        if lemma in POWER_VERBS and passive:
            parts = [o for a in token.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        elif lemma in POWER_VERBS:
            parts = patterns.subjects(token) or [c for c in token.children if c.dep_ == "compound"]
        else:
            parts = patterns.prep_objects(token, {"with"})
        held = patterns.slot_fillers(token, "subjpass") if passive else objects
        if token.dep_ in ("acl", "relcl") and not held:
            held = [token.head]   # "the J-10, powered by a Russian engine"
        if token.dep_ in ("acl", "relcl") and lemma in POWER_VERBS and not passive:
            parts = [token.head]   # "the engines that power the Akinci"
        for head in patterns.with_conjuncts(parts):
            ref = _part_ref(ctx, head)
            if ref is None:
                continue
            maker = parties.origin_of(ctx, ref)
            owners = [a for p in patterns.with_conjuncts(held) if _is_platform(ctx, p)
                      for a in _platform_owners(ctx, p, (maker,))]
            if not maker or not owners:
                continue
            status = status_mod.status_of(token, "done")
            if status is None:
                continue
            for owner in owners[:1]:
                claim = ctx.claim("transfer", token, status, ref, confidence=0.45, supplier=maker, recipient=owner)
                claim.mode = "components"
                out.append(claim)
    return out


def _part_ref(ctx: Context, head) -> Ref | None:
    return next((r for r in _phrase_systems(ctx, head) if is_part(r)), None)


def _platform_owners(ctx: Context, platform, exclude: tuple) -> list[str]:
    named = _named(ctx, platform)
    owners = typeroles.owners_of(ctx, platform, exclude=exclude)
    if not owners and named is not None:   # (a maker only when the catalog names one)
        makers = parties.catalog_origins(named.id)
        owners = [parties.owner_of(ctx, named) or _name_owner(ctx, named) or
                  (makers[0] if len(makers) == 1 else None)]
    return [a for a in owners if a and a not in exclude]
