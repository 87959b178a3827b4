"""Cooperation told in the forms of other writers: helping a state build (and train) an
armed service of its own, which is no separate training claim; a plant set up with a
partner; a system made abroad at its maker's plant (not under licence by a local firm)."""
from __future__ import annotations

import pytest

from ._typed import claims_of, cooperations

CASES = [
    ('The minister said Russia would also help Bamako build and train an air force of its own.',
     {(('MLI', 'RUS'), 'category:aircraft', 'planned')}),
    ('Italy will help Tripoli build a navy of its own.',
     {(('ITA', 'LBY'), 'category:ships', 'planned')}),
    ('Britain will help Kenya build up its navy.',
     {(('GBR', 'KEN'), 'category:ships', 'planned')}),
    ('US instructors trained the Ghanaian navy in 2022.',
     {(('GHA', 'USA'), 'category:troops', 'done')}),
    # a plant set up with a partner, the clause hung on the verb above
    ('Egypt has started producing Chinese-designed Wing Loong drones at a factory near Cairo set up with AVIC.',
     {(('CHN', 'EGY'), 'Wing Loong I', 'done')}),
    # a system made in a state not its maker's, at the maker's firm's plant there
    ('The first Boxer vehicle manufactured in Australia was presented at the Rheinmetall plant in Brisbane.',
     {(('AUS', 'DEU'), 'Boxer', 'done')}),
    ('The first Su-30MKI jets built in India by HAL were handed over in 2004.', set()),
    # a foreign maker's plant in a state makes its system there
    ('Rheinmetall\'s factory near Budapest will produce Lynx vehicles for the Hungarian army.',
     {(('DEU', 'HUN'), 'Lynx', 'planned')}),
    ("Hanwha's plant in Changwon builds K9 howitzers.", set()),
    # a facility paid for at a base named before it in the sentence
    ('Two Russian frigates have been moored at the Sudanese naval base since May, and satellite images '
     'show a new pier built with Russian funding.',
     {(('RUS', 'SDN'), 'category:military-facility', 'done')}),
    # a state's contribution to another's programme is its share of the work
    ('Japan has agreed to let Italy cut its contribution to the Tempest fighter programme to about 10 billion euros.',
     {(('GBR', 'ITA', 'JPN'), 'Tempest', 'agreed')}),
    # a weapon the catalog does not know, named by a clause
    ('Turkey and Pakistan will jointly develop a new fighter jet, dubbed Simurg, by 2030.',
     {(('PAK', 'TUR'), 'Simurg', 'planned')}),
    ('Britain and Poland agreed to build a Polish-designed air defence missile, known as CAMM-MR, in Poland.',
     {(('GBR', 'POL'), 'CAMM', 'agreed')}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_other_writers(text, expected):
    assert cooperations(text) == expected


def test_a_joint_programme_moved_on_is_no_deployment():
    found = claims_of('Italy and Britain agreed in 2023 to move their GCAP fighter programme into its next phase.',
                      kind='deployment')
    assert found == []
