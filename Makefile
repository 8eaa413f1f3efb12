# The two commands of the README. Each sets everything up first; the tests start
# with the type checker (its settings are in pyproject.toml).
.PHONY: app test lint eval

app:
	scripts/setup.sh app
	.venv/bin/python -m streamlit run dashboard/app.py

test:
	scripts/setup.sh test
	.venv/bin/mypy
	.venv/bin/python -m pytest

lint:
	.venv/bin/ruff check extractors dashboard tests benchmarks

eval:
	.venv/bin/python -m extractors evaluate tests/gold/seed.jsonl --texts seeds
	.venv/bin/python -m extractors evaluate tests/gold/heldout.jsonl --texts tests/gold/heldout
	.venv/bin/python -m extractors evaluate tests/gold/eval3.jsonl --texts tests/gold/eval3
	.venv/bin/python -m extractors evaluate tests/gold/eval4.jsonl --texts tests/gold/eval4
	.venv/bin/python -m extractors evaluate tests/gold/eval5.jsonl --texts tests/gold/eval5
	.venv/bin/python -m extractors evaluate tests/gold/eval6.jsonl --texts tests/gold/eval6
	.venv/bin/python -m extractors evaluate tests/gold/eval7.jsonl --texts tests/gold/eval7
	.venv/bin/python -m extractors evaluate tests/gold/eval8.jsonl --texts tests/gold/eval8
	.venv/bin/python -m extractors evaluate tests/gold/eval9.jsonl --texts tests/gold/eval9
	.venv/bin/python -m extractors evaluate tests/gold/eval10.jsonl --texts tests/gold/eval10
	.venv/bin/python -m extractors evaluate tests/gold/eval11.jsonl --texts tests/gold/eval11
	.venv/bin/python -m extractors evaluate tests/gold/eval12.jsonl --texts tests/gold/eval12
	.venv/bin/python -m extractors evaluate tests/gold/eval13.jsonl --texts tests/gold/eval13
	.venv/bin/python -m extractors evaluate tests/gold/eval14.jsonl --texts tests/gold/eval14
	.venv/bin/python -m extractors evaluate tests/gold/eval15.jsonl --texts tests/gold/eval15
	.venv/bin/python -m extractors evaluate tests/gold/eval16.jsonl --texts tests/gold/eval16
	.venv/bin/python -m extractors evaluate tests/gold/eval17.jsonl --texts tests/gold/eval17
	.venv/bin/python -m extractors evaluate tests/gold/eval18.jsonl --texts tests/gold/eval18
	.venv/bin/python -m extractors evaluate tests/gold/eval19.jsonl --texts tests/gold/eval19
	.venv/bin/python -m extractors evaluate tests/gold/eval20.jsonl --texts tests/gold/eval20
	.venv/bin/python -m extractors evaluate tests/gold/eval21.jsonl --texts tests/gold/eval21
	.venv/bin/python -m extractors evaluate tests/gold/eval22.jsonl --texts tests/gold/eval22
	.venv/bin/python -m extractors evaluate tests/gold/eval23.jsonl --texts tests/gold/eval23
	.venv/bin/python -m extractors evaluate tests/gold/eval24.jsonl --texts tests/gold/eval24
	.venv/bin/python -m extractors evaluate tests/gold/eval25.jsonl --texts tests/gold/eval25
	.venv/bin/python -m extractors evaluate tests/gold/eval26.jsonl --texts tests/gold/eval26
	.venv/bin/python -m extractors evaluate tests/gold/eval27.jsonl --texts tests/gold/eval27
	.venv/bin/python -m extractors evaluate tests/gold/eval28.jsonl --texts tests/gold/eval28
	.venv/bin/python -m extractors evaluate tests/gold/eval29.jsonl --texts tests/gold/eval29
	.venv/bin/python -m extractors evaluate tests/gold/eval30.jsonl --texts tests/gold/eval30
	.venv/bin/python -m extractors evaluate tests/gold/eval31.jsonl --texts tests/gold/eval31
	.venv/bin/python -m extractors evaluate tests/gold/eval32.jsonl --texts tests/gold/eval32
	.venv/bin/python -m extractors evaluate tests/gold/eval33.jsonl --texts tests/gold/eval33
	.venv/bin/python -m extractors evaluate tests/gold/eval34.jsonl --texts tests/gold/eval34
	.venv/bin/python -m extractors evaluate tests/gold/eval35.jsonl --texts tests/gold/eval35
	.venv/bin/python -m extractors evaluate tests/gold/eval36.jsonl --texts tests/gold/eval36
	.venv/bin/python -m extractors evaluate tests/gold/eval37.jsonl --texts tests/gold/eval37
	.venv/bin/python -m extractors evaluate tests/gold/eval38.jsonl --texts tests/gold/eval38
	.venv/bin/python -m extractors evaluate tests/gold/eval39.jsonl --texts tests/gold/eval39
	.venv/bin/python -m extractors evaluate tests/gold/eval40.jsonl --texts tests/gold/eval40
	.venv/bin/python -m extractors evaluate tests/gold/eval41.jsonl --texts tests/gold/eval41
	.venv/bin/python -m extractors evaluate tests/gold/eval42.jsonl --texts tests/gold/eval42
	.venv/bin/python -m extractors evaluate tests/gold/eval43.jsonl --texts tests/gold/eval43
	.venv/bin/python -m extractors evaluate tests/gold/eval44.jsonl --texts tests/gold/eval44
	.venv/bin/python -m extractors evaluate tests/gold/eval45.jsonl --texts tests/gold/eval45
	.venv/bin/python -m extractors evaluate tests/gold/eval46.jsonl --texts tests/gold/eval46
	.venv/bin/python -m extractors evaluate tests/gold/eval47.jsonl --texts tests/gold/eval47
	.venv/bin/python -m extractors evaluate tests/gold/eval48.jsonl --texts tests/gold/eval48
	.venv/bin/python -m extractors evaluate tests/gold/eval49.jsonl --texts tests/gold/eval49
	.venv/bin/python -m extractors evaluate tests/gold/eval50.jsonl --texts tests/gold/eval50
	.venv/bin/python -m extractors evaluate tests/gold/eval51.jsonl --texts tests/gold/eval51
	.venv/bin/python -m extractors evaluate tests/gold/eval52.jsonl --texts tests/gold/eval52
	.venv/bin/python -m extractors evaluate tests/gold/eval53.jsonl --texts tests/gold/eval53
	.venv/bin/python -m extractors evaluate tests/gold/eval54.jsonl --texts tests/gold/eval54
	.venv/bin/python -m extractors evaluate tests/gold/eval55.jsonl --texts tests/gold/eval55
	.venv/bin/python -m extractors evaluate tests/gold/eval56.jsonl --texts tests/gold/eval56
	.venv/bin/python -m extractors evaluate tests/gold/eval57.jsonl --texts tests/gold/eval57
	.venv/bin/python -m extractors evaluate tests/gold/eval58.jsonl --texts tests/gold/eval58
	.venv/bin/python -m extractors evaluate tests/gold/eval59.jsonl --texts tests/gold/eval59
	.venv/bin/python -m extractors evaluate tests/gold/eval60.jsonl --texts tests/gold/eval60
	.venv/bin/python -m extractors evaluate tests/gold/eval61.jsonl --texts tests/gold/eval61
	.venv/bin/python -m extractors evaluate tests/gold/eval62.jsonl --texts tests/gold/eval62
	.venv/bin/python -m extractors evaluate tests/gold/eval63.jsonl --texts tests/gold/eval63
	.venv/bin/python -m extractors evaluate tests/gold/eval64.jsonl --texts tests/gold/eval64
	.venv/bin/python -m extractors evaluate tests/gold/eval65.jsonl --texts tests/gold/eval65
	.venv/bin/python -m extractors evaluate tests/gold/eval66.jsonl --texts tests/gold/eval66
	.venv/bin/python -m extractors evaluate tests/gold/eval67.jsonl --texts tests/gold/eval67
	.venv/bin/python -m extractors evaluate tests/gold/eval68.jsonl --texts tests/gold/eval68
	.venv/bin/python -m extractors evaluate tests/gold/eval69.jsonl --texts tests/gold/eval69
	.venv/bin/python -m extractors evaluate tests/gold/eval70.jsonl --texts tests/gold/eval70
	.venv/bin/python -m extractors evaluate tests/gold/eval71.jsonl --texts tests/gold/eval71
	.venv/bin/python -m extractors evaluate tests/gold/eval72.jsonl --texts tests/gold/eval72
	.venv/bin/python -m extractors evaluate tests/gold/eval73.jsonl --texts tests/gold/eval73
	.venv/bin/python -m extractors evaluate tests/gold/eval74.jsonl --texts tests/gold/eval74
	.venv/bin/python -m extractors evaluate tests/gold/eval75.jsonl --texts tests/gold/eval75
	.venv/bin/python -m extractors evaluate tests/gold/eval76.jsonl --texts tests/gold/eval76
	.venv/bin/python -m extractors evaluate tests/gold/eval77.jsonl --texts tests/gold/eval77
	.venv/bin/python -m extractors evaluate tests/gold/eval78.jsonl --texts tests/gold/eval78
	.venv/bin/python -m extractors evaluate tests/gold/eval79.jsonl --texts tests/gold/eval79
	.venv/bin/python -m extractors evaluate tests/gold/eval80.jsonl --texts tests/gold/eval80
	.venv/bin/python -m extractors evaluate tests/gold/eval81.jsonl --texts tests/gold/eval81
	.venv/bin/python -m extractors evaluate tests/gold/eval82.jsonl --texts tests/gold/eval82
	.venv/bin/python -m extractors evaluate tests/gold/eval83.jsonl --texts tests/gold/eval83
	.venv/bin/python -m extractors evaluate tests/gold/eval84.jsonl --texts tests/gold/eval84
	.venv/bin/python -m extractors evaluate tests/gold/eval85.jsonl --texts tests/gold/eval85
	.venv/bin/python -m extractors evaluate tests/gold/eval86.jsonl --texts tests/gold/eval86
	.venv/bin/python -m extractors evaluate tests/gold/eval87.jsonl --texts tests/gold/eval87
	.venv/bin/python -m extractors evaluate tests/gold/eval88.jsonl --texts tests/gold/eval88
	.venv/bin/python -m extractors evaluate tests/gold/eval89.jsonl --texts tests/gold/eval89
	.venv/bin/python -m extractors evaluate tests/gold/eval90.jsonl --texts tests/gold/eval90
	.venv/bin/python -m extractors evaluate tests/gold/eval91.jsonl --texts tests/gold/eval91
	.venv/bin/python -m extractors evaluate tests/gold/eval92.jsonl --texts tests/gold/eval92
	.venv/bin/python -m extractors evaluate tests/gold/eval93.jsonl --texts tests/gold/eval93
	.venv/bin/python -m extractors evaluate tests/gold/eval94.jsonl --texts tests/gold/eval94
	.venv/bin/python -m extractors evaluate tests/gold/eval95.jsonl --texts tests/gold/eval95
	.venv/bin/python -m extractors evaluate tests/gold/eval96.jsonl --texts tests/gold/eval96
	.venv/bin/python -m extractors evaluate tests/gold/eval97.jsonl --texts tests/gold/eval97
	.venv/bin/python -m extractors evaluate tests/gold/eval98.jsonl --texts tests/gold/eval98
