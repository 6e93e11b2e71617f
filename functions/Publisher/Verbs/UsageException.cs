namespace MotCua.Publisher.Verbs;

/// <summary>The command line is wrong: print the message and the verb's usage, exit 2.</summary>
public sealed class UsageException(string message) : Exception(message);
