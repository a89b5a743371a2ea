"""The benchmark's cases, in the order they run (each is ``async def run(ctx)``)."""
