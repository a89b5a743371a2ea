import sys

from nudger.cli import main

sys.exit(main())
