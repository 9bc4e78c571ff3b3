"""What every layer of breachkb shares: `extract`, `kb` and `crawler` may all import this."""
