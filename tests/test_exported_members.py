import eventwire


def test_all_names_exported_exist():
    for name in eventwire.__all__:
        assert hasattr(eventwire, name), name


def test_public_members_are_listed_in_all():
    public = {
        name
        for name, value in vars(eventwire).items()
        if not name.startswith("_") and not isinstance(value, type(eventwire))
    }
    assert public == set(eventwire.__all__)
