"""A preposition left without an object before a coordinated verb shares
that verb's object (right-node raising): "signed a deal with and sent aid
to Bolivia" names Bolivia for both acts."""

import datetime as dt
from functools import partial

import pytest

from .conftest import coded

ON = dt.date(2000, 1, 1)


_triples = partial(coded, on=ON)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru signed a trade deal with and sent aid to Bolivia.",
            {("PERGOV", "BOLGOV", "057"), ("PERGOV", "BOLGOV", "070")},
        ),
        # a preposition with its own object keeps it
        (
            "Peru met with Bolivian officials and sent aid to Chile.",
            {("PERGOV", "BOLGOV", "040"), ("PERGOV", "CHLGOV", "070")},
        ),
    ],
)
def test_a_stranded_preposition_shares_the_next_verbs_object(pipeline, text, expected):
    assert _triples(pipeline, text) == expected
