"""The CAMEO codebook: names, Goldstein values, QuadClass and PLOVER types."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..errors import DictionaryError


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code and what it means."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str

    @property
    def root(self) -> str:
        return self.code[:2]


class Codebook:
    """Every CAMEO event code, read from ``data/cameo/codebook.tsv``."""

    def __init__(self, codes: dict[str, CameoCode]) -> None:
        self._codes = codes

    @classmethod
    def from_path(cls, path: Path | None = None) -> Codebook:
        path = path or Path(
            str(resources.files("eventwire") / "data" / "cameo" / "codebook.tsv")
        )
        codes: dict[str, CameoCode] = {}
        lines = path.read_text(encoding="utf-8").splitlines()
        header = True
        for number, line in enumerate(lines, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            if header:
                header = False
                continue
            parts = line.split("\t")
            if len(parts) != 5:
                raise DictionaryError(f"{path}:{number}: expected 5 columns")
            code, name, goldstein, quad, plover = parts
            try:
                codes[code] = CameoCode(code, name, float(goldstein), int(quad), plover)
            except ValueError as exc:
                raise DictionaryError(f"{path}:{number}: {exc}") from exc
        return cls(codes)

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __getitem__(self, code: str) -> CameoCode:
        try:
            return self._codes[code]
        except KeyError:
            raise DictionaryError(f"unknown CAMEO code {code!r}") from None

    def __len__(self) -> int:
        return len(self._codes)

    def codes(self) -> list[str]:
        return list(self._codes)

    def with_codes(self, extra: dict[str, CameoCode]) -> Codebook:
        """This codebook and the codes of an imported dictionary beside it."""
        return Codebook({**self._codes, **extra}) if extra else self
