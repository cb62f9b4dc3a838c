print("goalgraph-bench: not built yet")
