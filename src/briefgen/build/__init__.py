"""The engine: discover, compile, cache, stage, publish, and the recipe that runs them."""
