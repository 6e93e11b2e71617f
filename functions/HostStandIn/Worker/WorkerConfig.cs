using System.Text.Json;

namespace MotCua.HostStandIn.Worker;

/// <summary>The app folder's <c>worker.config.json</c>, written by the Worker SDK: how the host starts the worker.</summary>
internal sealed record WorkerConfig(string ExecutablePath, string WorkerPath)
{
    public const string FileName = "worker.config.json";

    public static WorkerConfig Read(string appDirectory)
    {
        var path = Path.Combine(appDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} is missing: build the Functions app (dotnet build functions/Handler) and point the stand-in at its output folder.", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var description = document.RootElement.GetProperty("description");
        return new WorkerConfig(
            description.GetProperty("defaultExecutablePath").GetString() ?? "dotnet",
            description.GetProperty("defaultWorkerPath").GetString() ?? throw new InvalidDataException($"{path}: no defaultWorkerPath."));
    }
}
