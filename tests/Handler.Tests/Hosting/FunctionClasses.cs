using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using MotCua.Handler.Hosting;

namespace MotCua.Handler.Tests.Hosting;

/// <summary>The Functions app's <c>[Function]</c> methods, found by reflection as the Worker SDK finds them.</summary>
internal static class FunctionClasses
{
    public static readonly Assembly App = typeof(FunctionAppServices).Assembly;

    public static IReadOnlyList<(FunctionAttribute Function, MethodInfo Method)> Methods() =>
    [
        .. App.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => (Function: m.GetCustomAttribute<FunctionAttribute>()!, Method: m))
            .Where(f => f.Function is not null),
    ];

    public static IReadOnlyList<Type> Types() => [.. Methods().Select(f => f.Method.DeclaringType!).Distinct()];

    public static string EntryPoint(MethodInfo method) => $"{method.DeclaringType!.FullName}.{method.Name}";
}
