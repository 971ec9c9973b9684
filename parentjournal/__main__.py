"""`python -m parentjournal` starts the app (or a subcommand)."""

import sys

from parentjournal.app import main

sys.exit(main())
