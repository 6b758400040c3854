"""Sport, markets and nature: words that mark a clause as no political event.

News borrows the words of war for games and prices: "England attacked from
the first whistle", "the yen attacked resistance levels", "Argentina crushed
Brazil in the final", "a battle for market share". Three facts of English
keep such clauses out of the data:

- a thing cannot act: a clause whose subject is a price, a share, a currency,
  an index, an economy or the weather ("Brazilian coffee prices crushed
  Colombia's exports") has no actor, whatever country its modifiers name;
- a clause that speaks of a match (its teams bear the names of countries) is
  no act between those countries; a named person in it still acts ("Putin met
  Xi at the Olympic opening ceremony"), and so do police, soldiers, courts
  and armed groups, which field no team ("police arrested fans at the
  final");
- a clause that speaks of trading states no conflict ("fought a battle for
  market share with South Korea").

Words count by their lemma; words inside an actor's name ("the Arab League")
do not count. The lists are English vocabulary, not sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Token

from ..models import Mention

# Heads of subjects that name no one who can act.
NON_AGENTS = frozenset(
    # markets and the economy
    "price share stock bond yield market index currency dollar euro yen yuan "
    "renminbi rouble ruble rial rupee peso lira pound franc won bitcoin crude "
    "commodity future benchmark sensex nasdaq dow ftse nikkei dax cac hang "
    "economy inflation growth gdp output export import sale earnings profit "
    "revenue demand supply rate deficit surplus debt valuation"
    # weather and nature
    " storm hurricane typhoon cyclone tornado earthquake quake tremor flood "
    "flooding rain rainfall snow blizzard drought wildfire heatwave wind wave "
    "tsunami landslide mudslide avalanche frost heat cold disease virus pandemic"
    # works and shows
    " film movie album song book show series".split()
)

SPORT_WORDS = frozenset(
    "match final semi quarterfinal semifinal playoff qualifier fixture derby "
    "tournament championship cup olympics olympic paralympic medal "
    "trophy stadium whistle referee umpire goalkeeper keeper goalless "
    "scoreline stoppage shootout innings inning wicket bowler batsman "
    "try lap football soccer rugby cricket tennis hockey basketball baseball "
    "volleyball handball golf athletics striker midfielder kickoff halftime".split()
)
# Two-word terms whose words alone say too little ("market" may be bombed).
SPORT_TERMS = frozenset({("penalty", "area"), ("penalty", "spot"), ("group", "stage")})

MARKET_WORDS = frozenset(
    "stock shares investor trader earnings sensex nasdaq dow ftse nikkei "
    "commodity futures bitcoin".split()
)
MARKET_TERMS = frozenset(
    {
        ("market", "share"),
        ("stock", "market"),
        ("resistance", "level"),
        ("share", "price"),
        ("oil", "price"),
    }
)
_SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")

# Sectors of actors that play no match: forces of order, courts, intelligence
# services and armed groups act at a stadium as anywhere else.
NO_TEAM_ROLES = frozenset({"COP", "MIL", "JUD", "SPY", "REB", "INS", "UAF"})

# CAMEO roots of conflict: threats, protests, force and violence.
CONFLICT_ROOTS = frozenset(f"{root:02d}" for root in range(13, 21))


def cannot_act(head: Token) -> bool:
    """Whether the head of a subject names a thing rather than an actor."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in NON_AGENTS


def may_be_a_team(source: Mention) -> bool:
    """Whether an actor may stand for a team in a clause about a match: a
    country's name may ("Nigeria beat Ghana"), a named person or the police
    may not ("police arrested Ghanaian fans at the final")."""
    return not source.person and source.actor.role not in NO_TEAM_ROLES


def speaks_of_sport(tokens: Iterable[Token]) -> bool:
    """Whether a clause's words are those of a match: "in the World Cup final"."""
    return _speaks_of(tokens, SPORT_WORDS, SPORT_TERMS, scores=True)


def speaks_of_markets(tokens: Iterable[Token]) -> bool:
    """Whether a clause's words are those of trading: "a battle for market share"."""
    return _speaks_of(tokens, MARKET_WORDS, MARKET_TERMS, scores=False)


def _speaks_of(
    tokens: Iterable[Token],
    words: frozenset[str],
    terms: frozenset[tuple[str, str]],
    scores: bool,
) -> bool:
    for token in tokens:
        lemma = token.lemma_.lower()
        if token.pos_ in ("NOUN", "PROPN", "ADJ") and (
            lemma in words or token.lower_ in words
        ):
            return True
        if token.dep_ == "compound" and (lemma, token.head.lemma_.lower()) in terms:
            return True
        if scores and token.pos_ == "NUM" and _SCORE.match(token.text):
            return True
    return False


def without_names(
    tokens: Iterable[Token], names_actor: Callable[[Token], bool]
) -> list[Token]:
    """The tokens of a clause, less those inside an actor's name."""
    kept: list[Token] = []
    for token in tokens:
        if token.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") and names_actor(
            _entity_head(token)
        ):
            continue
        kept.append(token)
    return kept


def _entity_head(token: Token) -> Token:
    head = token
    while head.dep_ == "compound" and head.head.ent_type_ == token.ent_type_:
        head = head.head
    return head
