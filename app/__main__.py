"""Allow ``python -m app`` as an alias of the ``policy-assistant`` console script."""

from app.cli import main

raise SystemExit(main())
