// The response-codec command line tool. (Stub: replaced by the CLI work.)
print("response-codec")
