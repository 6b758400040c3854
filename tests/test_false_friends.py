"""Metaphors and false friends: sport, markets, figures of speech, weather and
trade between firms use the words of politics and war but state no political
event. Every sentence here must code to nothing."""

import pytest

import eventwire

PUBLISHED = "2025-03-14"

SPORT = [
    "Liverpool attacked from the first whistle and never let up.",
    "The striker shot past the keeper in the 90th minute.",
    "Madrid crushed Barcelona 4-0 on Sunday.",
    "Real Madrid crushed Barcelona in the Spanish league on Sunday.",
    "Brazil beat Argentina 2-1 in the World Cup qualifier.",
    "France defeated England in the Six Nations on Saturday.",
    "Germany thrashed Scotland in the opening match of the tournament.",
    "Japan stunned Spain with two late goals.",
    "Chelsea's defenders blocked every shot in the second half.",
    "The Kenyan runner attacked on the final lap and won gold.",
    "India bowled out Pakistan for 150.",
    "Nigeria held Ghana to a goalless draw.",
    "The home side invaded the opposition half repeatedly.",
    "Italy and France clashed in a tense semi-final.",
    "Serena Williams destroyed her opponent in straight sets.",
    "Ukraine's national team defeated Russia's in the hockey final.",
    "The coach accused the referee of bias after the match.",
    "England attacked France from the first whistle at Twickenham.",
    "Argentina crushed Brazil in the World Cup final.",
    "The United States defeated Mexico in the Gold Cup on penalties.",
    "Germany fought Italy to a goalless draw in Munich.",
    "Japan beat China in the table tennis final.",
    "Pakistan attacked India's bowlers in the first innings.",
    "Russia's hockey team humiliated Canada in the semi-final.",
    "Iran and the United States clashed in a tense World Cup match.",
    "Croatia shocked Brazil in the quarter-final.",
    "Nigeria invaded the Cameroon penalty area in stoppage time.",
    "Spain destroyed Costa Rica 7-0 in the group stage.",
    "Australia threatened England's lead with a late try.",
    "The Japanese striker injured his knee in the match against Brazil.",
]

MARKETS = [
    "China's stock market crushed Japan's in the first quarter.",
    "Oil prices fell sharply on Monday.",
    "Shares surged after the earnings report.",
    "The yen attacked resistance levels against the dollar.",
    "Tech giants are locked in a battle for market share.",
    "Gold prices hit a record high on Thursday.",
    "The dollar weakened against the euro.",
    "Stocks in Tokyo slumped as investors fled to safety.",
    "Chinese exports crushed analysts' expectations.",
    "Bond yields spiked after the central bank's comments.",
    "The rouble collapsed against the dollar on Friday.",
    "Bitcoin crashed below 50,000 dollars.",
    "Brent crude fought back from early losses.",
    "Sellers attacked the euro in early trading.",
    "Inflation hit Britain's households hard.",
    "Oil prices fell after Saudi Arabia raised output.",
    "Russian shares surged after the talks in Istanbul.",
    "The Chinese yuan attacked resistance levels against the dollar.",
    "Iran's rial collapsed against the dollar after the sanctions.",
    "Japanese exporters fought a battle for market share with South Korea.",
    "Turkish bonds rallied after the central bank raised rates.",
    "India's Sensex index attacked the 80,000 mark.",
    "The euro hit a two-year high against the dollar.",
    "German stocks slumped as Chinese demand fell.",
    "Brazilian coffee prices crushed Colombia's exports.",
    "German carmakers reported weaker demand from China.",
    "The Turkish central bank announced a freeze of interest rates.",
]

FIGURATIVE = [
    "The minister faced a storm of criticism over the plan.",
    "The war on drugs has failed, the report said.",
    "The war on poverty continues in rural areas.",
    "Senate Republicans killed the bill in committee.",
    "The film bombed at the box office.",
    "Her speech was a bombshell.",
    "The opposition leader's campaign was torpedoed by scandal.",
    "The new album exploded onto the charts.",
    "A wave of protests swept the capital.",
    "The president faced a storm of criticism from France.",
    "Mexico's war on drugs has cost thousands of lives.",
    "The government declared war on inflation.",
    "The Senate killed the president's bill.",
    "Hollywood's latest film bombed at the box office in China.",
    "The scandal wounded the French president's reputation.",
]

WEATHER = [
    "The storm battered the coast of Florida.",
    "Heavy rain flooded villages in northern India.",
    "A hurricane hit Cuba on Tuesday.",
    "The earthquake destroyed hundreds of homes in Turkey.",
    "Wildfires attacked the hills above Athens.",
    "The cold snap killed crops across France.",
    "Britain's economy took a beating in the second quarter.",
    "A storm battered the coast of Japan.",
    "The typhoon attacked the Philippines with winds of 200 km/h.",
    "Floods killed dozens in Pakistan on Sunday.",
    "The storm cut power to thousands of homes in Texas.",
]

BUSINESS = [
    "Apple signed a deal with Samsung.",
    "Microsoft acquired Activision for 69 billion dollars.",
    "Toyota agreed to buy a stake in Suzuki.",
    "Shell and BP held merger talks.",
    "Amazon sued Google over advertising practices.",
    "Boeing threatened to sue Airbus.",
    "Volkswagen criticised Tesla's pricing.",
    "Gazprom signed a supply contract with CNPC.",
    "Drought crushed farmers across Kenya.",
    "Apple signed a deal with Samsung to supply chips.",
    "Toyota agreed to cooperate with Honda on batteries.",
    "Gazprom signed a supply contract with a Chinese company.",
    "Siemens accused Alstom of copying its designs.",
    "France's TotalEnergies praised Qatar's energy company.",
]


@pytest.mark.parametrize("text", SPORT + MARKETS + FIGURATIVE + WEATHER + BUSINESS)
def test_metaphor_or_false_friend_codes_to_no_event(text):
    result = eventwire.code_text(text, published=PUBLISHED)
    assert [(e.source_code, e.target_code, e.cameo) for e in result.events] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named person at a match still acts
        ("Putin met Xi at the Olympic opening ceremony.", ("RUSGOV", "CHNGOV", "040")),
        # police, soldiers and courts field no team: they act at a match
        (
            "Nigerian police arrested Kenyan fans at a football match in Lagos.",
            ("NGACOP", "KEN", "173"),
        ),
        (
            "Egyptian troops detained Sudanese rebels near the stadium before the "
            "cup final.",
            ("EGYMIL", "SDNREB", "173"),
        ),
        # a thing owned by a country may be the target of an attack
        ("Russia attacked Ukraine's power grid.", ("RUSGOV", "UKRGOV", "190")),
        # words of a clause below the act do not count
        (
            "The United States imposed sanctions on Iran as oil prices rose.",
            ("USAGOV", "IRNGOV", "163"),
        ),
        # "League" inside an actor's name is no word of sport
        (
            "The Arab League threatened to suspend Syria.",
            ("IGOMEAARL", "SYRGOV", "130"),
        ),
    ],
)
def test_political_act_beside_words_of_sport_or_markets_is_still_coded(text, expected):
    result = eventwire.code_text(text, published=PUBLISHED)
    assert expected in {(e.source_code, e.target_code, e.cameo) for e in result.events}
