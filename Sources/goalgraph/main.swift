print("goalgraph")
