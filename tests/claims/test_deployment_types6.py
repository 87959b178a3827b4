"""Deployments told in the forms of other writers: a base abroad that houses the owner's
soldiers (placed "south of" a city), aircraft operating from a foreign airport or a named
airfield, forces simply "in" a state, contractors stationed abroad, a base run abroad,
a navy that begins protecting another state's waters, jets helping protect its airspace."""
from __future__ import annotations

import pytest

from ._typed import deployments

CASES = [
    # a base that houses forces: the state it lies in hosts them, not the base's owner
    ('A Russian military base near Yerevan, set up under a 1995 treaty, houses about 3,000 Russian soldiers.',
     {('RUS', 'ARM', 'category:troops', 'done'), ('RUS', 'ARM', 'category:military-facility', 'done')}),
    ('An Indian air base north-east of Dushanbe, refurbished in 2002 and expanded in 2010, houses a few Indian helicopters.',
     {('IND', 'TJK', 'category:helicopters', 'done')}),
    # flying or operating from an airport, an airfield named before its noun, a foreign base
    ('French Mirage jets and Tiger helicopters have been operating from Niamey airport since 2014 in support of Nigerien troops.',
     {('FRA', 'NER', 'category:aircraft', 'done'), ('FRA', 'NER', 'Tiger', 'done')}),
    ('Russian Su-24 bombers have been flying from Hmeimim airfield near Latakia since 2015.',
     {('RUS', 'SYR', 'Su-24', 'done')}),
    ('Chinese J-10 fighters have been operating from a Cambodian airbase since last year.',
     {('CHN', 'KHM', 'J-10', 'done')}),
    # forces that simply are in a state
    ("Around 400 French soldiers are in Chad, mainly at N'Djamena.",
     {('FRA', 'TCD', 'category:troops', 'done')}),
    ('Some 900 US troops will be in Syria until the end of the year.',
     {('USA', 'SYR', 'category:troops', 'planned')}),
    ('No Russian soldiers are in Belarus, the ministry said.', set()),
    ('Russian troops are ready to fight in Ukraine.', set()),
    # contractors placed abroad by a state are its forces; a defence contractor is a firm
    ('Several hundred Russian military contractors have been stationed in the Central African Republic since 2018.',
     {('RUS', 'CAF', 'category:troops', 'done')}),
    ('Lockheed Martin and other US defence contractors have opened offices in Poland.', set()),
    ('Turkish contractors are building a stadium in Algeria.', set()),
    # a base run abroad, named with its kind in apposition
    ('France has run Camp Kossei, its largest base in Africa, in the Chadian capital since 1986.',
     {('FRA', 'TCD', 'category:military-facility', 'done')}),
    ('The United States operates Camp Lemonnier, a naval base, in Djibouti.',
     {('USA', 'DJI', 'category:military-facility', 'done')}),
    ('Britain runs RAF Akrotiri, a large air base in Cyprus.',
     {('GBR', 'CYP', 'category:airbase', 'done')}),
    # forces guarding another state's waters, airspace or coast
    ("Spanish naval forces will begin protecting Mauritania's territorial waters next month.",
     {('ESP', 'MRT', 'category:ships', 'planned')}),
    ('Italian Eurofighters from the joint wing will help protect Slovenian airspace during the summit.',
     {('ITA', 'SVN', 'Eurofighter', 'planned')}),
    ('The minister said Greek frigates would patrol off the Libyan coast for two years.',
     {('GRC', 'LBY', 'category:ships', 'planned')}),
    ('Dutch F-35s have been policing Bulgarian skies since March.',
     {('NLD', 'BGR', 'F-35', 'done')}),
    ('Under a defence pact approved by the Mauritanian parliament in May, Spanish warships will help '
     "protect Mauritania's coastline for five years.",
     {('ESP', 'MRT', 'category:ships', 'agreed')}),
    ('Greek frigates could patrol off the Libyan coast.', set()),
    ('Polish F-16s protect Polish airspace.', set()),
    # a state's own warships moored at a foreign base; hulls built abroad are no navy's there
    ('Two Russian frigates have been moored at the Sudanese naval base since May.',
     {('RUS', 'SDN', 'category:ships', 'done')}),
    ('The German-built frigates docked in Alexandria after their delivery voyage.', set()),
    # owned craft flying themselves to a drill abroad; craft bought abroad are the buyer's;
    # maintaining boats beside building them is servicing
    ('Indian Air Force Su-30MKI fighters had flown to Darwin for Pitch Black in July.',
     {('IND', 'AUS', 'Su-30', 'done')}),
    ('Bayraktar drones bought from Turkey last year are already flying from an airbase near Almaty.', set()),
    ('Both companies have promised to build or maintain the submarines in Australia.', set()),
    ('Britain will maintain 900 troops in Estonia.', {('GBR', 'EST', 'category:troops', 'planned')}),
    # forces currently serving abroad, in a clause whose main verb tells their future
    ('The 600-strong Nepali battalion currently serving with the UN mission in Lebanon will be replaced in the spring.',
     {('NPL', 'LBN', 'category:troops', 'done')}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_other_writers(text, expected):
    assert deployments(text) == expected


def test_weapons_sent_to_protect_a_state_stay_a_transfer():
    from ._typed import claims_of
    found = {(c.type, c.supplier, c.recipient) for c in claims_of(
        'Germany sent Patriot systems to Ukraine to protect its cities.') if c.type != 'exercise'}
    assert found == {('transfer', 'DEU', 'UKR')}
