namespace MotCua.Publisher.Tests.Packaging;

/// <summary>
/// A throw-away repository and publish output shaped like the real ones, so the layout is tested in
/// milliseconds instead of a minute-long self-contained publish (CI runs the real one).
/// </summary>
internal sealed class FakeFunctionApp : IDisposable
{
    public const string HostJson = """
        {
          "version": "2.0",
          "customHandler": {
            "description": { "defaultExecutablePath": "handler", "workingDirectory": "", "arguments": [] },
            "enableForwardingHttpRequest": true
          },
          "extensions": { "http": { "routePrefix": "" } }
        }
        """;

    public const string ScanFunction = """
        { "bindings": [
          { "type": "httpTrigger", "direction": "in", "name": "req", "authLevel": "anonymous", "methods": ["get", "head"], "route": "s/{code}" },
          { "type": "http", "direction": "out", "name": "res" } ] }
        """;

    public const string StatsFunction = """
        { "bindings": [ { "type": "timerTrigger", "direction": "in", "name": "timer", "schedule": "0 5 * * * *" } ] }
        """;

    public FakeFunctionApp()
    {
        Root = Directory.CreateTempSubdirectory("fake-app-").FullName;
        Write("repo/host.json", HostJson);
        Write("repo/functions/Handler/Functions/Scan/function.json", ScanFunction);
        Write("repo/functions/Handler/Functions/PublishStats/function.json", StatsFunction);
        Write("publish/handler", "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
        {
            // As a zip made elsewhere would leave it: not executable.
            File.SetUnixFileMode(Path.Combine(Root, "publish/handler"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Write("publish/handler.dll", "not really a dll");
        Write("publish/runtimes/linux-x64/native/libfake.so", "native");
        // The csproj copies function.json files into the publish output too, where the handler reads its schedules.
        Write("publish/Functions/Scan/function.json", ScanFunction);
    }

    public string Root { get; }

    public string Repository => Path.Combine(Root, "repo");

    public string Publish => Path.Combine(Root, "publish");

    public string Output => Path.Combine(Root, "out");

    public MotCua.Publisher.Packaging.FunctionAppSources Sources =>
        MotCua.Publisher.Packaging.FunctionAppSources.InRepository(Repository, Publish);

    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
