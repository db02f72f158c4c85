"""`python -m orgchart` is the `orgchart` command."""

import sys

from orgchart.cli import main

sys.exit(main())
