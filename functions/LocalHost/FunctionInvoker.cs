using System.Reflection;

namespace MotCua.LocalHost;

/// <summary>
/// A function's class and method, found from its metadata entry point and called as the worker calls it:
/// a new instance per invocation from the app's services, arguments bound by parameter.
/// </summary>
public sealed class FunctionInvoker
{
    private readonly ObjectFactory _create;
    private readonly PropertyInfo? _result;

    public FunctionInvoker(FunctionDefinition function)
    {
        Function = function;
        var dot = function.EntryPoint.LastIndexOf('.');
        var assembly = Assembly.Load(Path.GetFileNameWithoutExtension(function.ScriptFile));
        Type = assembly.GetType(function.EntryPoint[..dot], throwOnError: true)!;
        Method = Type.GetMethod(function.EntryPoint[(dot + 1)..], BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{function.Name}: {function.EntryPoint} is not a public instance method.");
        Parameters = Method.GetParameters();
        _create = ActivatorUtilities.CreateFactory(Type, Type.EmptyTypes);
        _result = Method.ReturnType.IsGenericType && Method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>)
            ? Method.ReturnType.GetProperty(nameof(Task<object>.Result))
            : null;
    }

    public FunctionDefinition Function { get; }

    public Type Type { get; }

    public MethodInfo Method { get; }

    public IReadOnlyList<ParameterInfo> Parameters { get; }

    /// <summary>Runs the function; answers what its task returned (an IActionResult for HTTP), or null.</summary>
    public async Task<object?> InvokeAsync(IServiceProvider services, Func<ParameterInfo, object?> bind)
    {
        var instance = _create(services, null);
        var arguments = Parameters.Select(bind).ToArray();
        var returned = Method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
        if (returned is not Task task)
        {
            return returned;
        }

        await task;
        return _result?.GetValue(task);
    }
}
