namespace MotCua.Infra.Tests;

/// <summary>Reads the parts of a compiled ARM expression the tests look at, without evaluating it.</summary>
internal static class ArmExpression
{
    private const string CreateObject = "createObject(";

    /// <summary>Every key and value expression of every <c>createObject(..)</c> in <paramref name="expression"/>.</summary>
    public static IReadOnlyDictionary<string, string> ObjectEntries(string expression)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var at = expression.IndexOf(CreateObject, StringComparison.Ordinal); at >= 0; at = expression.IndexOf(CreateObject, at + 1, StringComparison.Ordinal))
        {
            var arguments = Arguments(expression, at + CreateObject.Length);
            for (var i = 0; i + 1 < arguments.Count; i += 2)
            {
                entries[arguments[i].Trim('\'')] = arguments[i + 1];
            }
        }

        return entries;
    }

    /// <summary>The top-level comma-separated arguments of the call whose '(' ends just before <paramref name="start"/>.</summary>
    private static List<string> Arguments(string text, int start)
    {
        var arguments = new List<string>();
        var depth = 0;
        var quoted = false;
        var from = start;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '(' || c == '['))
            {
                depth++;
            }
            else if (!quoted && (c == ')' || c == ']') && depth-- == 0)
            {
                AddArgument(arguments, text[from..i]);
                return arguments;
            }
            else if (!quoted && c == ',' && depth == 0)
            {
                AddArgument(arguments, text[from..i]);
                from = i + 1;
            }
        }

        throw new FormatException($"Unclosed call in {text}");
    }

    private static void AddArgument(List<string> arguments, string argument)
    {
        if (argument.Trim().Length > 0)
        {
            arguments.Add(argument.Trim());
        }
    }
}
