import pytest

from eventwire.coding.cameo import Codebook


@pytest.fixture(scope="module")
def codebook():
    return Codebook.from_path()


def test_codebook_has_every_cameo_code(codebook):
    assert len(codebook) == 312


@pytest.mark.parametrize(
    ("code", "goldstein", "quad", "plover"),
    [
        ("010", 0.0, 1, ""),
        ("020", 3.0, 1, "REQUEST"),
        ("036", 4.0, 1, "AGREE"),
        ("041", 1.0, 1, "CONSULT"),
        ("051", 3.4, 1, "SUPPORT"),
        ("057", 8.0, 1, "SUPPORT"),
        ("0841", 7.0, 2, "RETREAT"),
        ("111", -2.0, 3, "ACCUSE"),
        ("1312", -5.8, 3, "THREATEN"),
        ("163", -8.0, 4, "COERCE"),
        ("173", -5.0, 4, "COERCE"),
        ("190", -10.0, 4, "FIGHT"),
        ("195", -10.0, 4, "FIGHT"),
        ("2042", -10.0, 4, "FIGHT"),
    ],
)
def test_code_has_goldstein_quadclass_and_plover(
    codebook, code, goldstein, quad, plover
):
    entry = codebook[code]
    assert (entry.goldstein, entry.quad_class, entry.plover) == (
        goldstein,
        quad,
        plover,
    )


@pytest.mark.parametrize("code", ["016", "022", "164", "165"])
def test_goldstein_follows_the_gdelt_table_where_icews_differs(codebook, code):
    gdelt = {"016": -2.0, "022": 3.2, "164": -7.0, "165": -6.5}
    assert codebook[code].goldstein == gdelt[code]


def test_quad_class_follows_the_root(codebook):
    for code in codebook.codes():
        root = int(code[:2])
        expected = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
        assert codebook[code].quad_class == expected, code
