using System.Runtime.Versioning;
using System.Text.Json;
using MotCua.Publisher.Packaging;

namespace MotCua.Publisher.Tests.Packaging;

[UnsupportedOSPlatform("windows")]
public sealed class FunctionAppLayoutTests : IDisposable
{
    private readonly FakeFunctionApp _app = new();

    [Fact]
    public void The_executable_host_json_names_is_at_the_root_and_executable()
    {
        var package = FunctionAppLayout.Build(_app.Sources, _app.Output);

        var executable = Path.Combine(_app.Output, HostJsonFile.Load(Path.Combine(_app.Output, "host.json")).ExecutablePath);
        Assert.Equal(executable, package.ExecutablePath);
        Assert.True(File.Exists(executable));
        Assert.True(File.GetUnixFileMode(executable).HasFlag(UnixFileMode.UserExecute));
        Assert.True(File.GetUnixFileMode(executable).HasFlag(UnixFileMode.OtherExecute));
    }

    [Fact]
    public void Every_function_gets_a_root_folder_holding_only_its_function_json()
    {
        FunctionAppLayout.Build(_app.Sources, _app.Output);

        Assert.Equal([FunctionDefinition.FileName], Directory.GetFiles(Path.Combine(_app.Output, "Scan")).Select(Path.GetFileName));
        Assert.Equal(FakeFunctionApp.ScanFunction, File.ReadAllText(Path.Combine(_app.Output, "Scan", "function.json")));
        Assert.Equal(FakeFunctionApp.StatsFunction, File.ReadAllText(Path.Combine(_app.Output, "PublishStats", "function.json")));
    }

    [Fact]
    public void The_only_folders_are_the_functions_and_the_publish_output_s_own()
    {
        FunctionAppLayout.Build(_app.Sources, _app.Output);

        var folders = Directory.GetDirectories(_app.Output).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["Functions", "PublishStats", "Scan", "runtimes"], folders);
        // The host looks one level down only: the handler's own copy under Functions/ is never a function.
        Assert.False(File.Exists(Path.Combine(_app.Output, "Functions", FunctionDefinition.FileName)));
        Assert.True(File.Exists(Path.Combine(_app.Output, "runtimes/linux-x64/native/libfake.so")));
        Assert.True(File.Exists(Path.Combine(_app.Output, "handler.dll")));
    }

    [Fact]
    public void The_local_settings_sample_runs_the_custom_worker_against_the_emulator()
    {
        FunctionAppLayout.Build(_app.Sources, _app.Output);

        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(_app.Output, FunctionAppLayout.LocalSettingsFileName)));
        var values = settings.RootElement.GetProperty("Values");
        Assert.Equal("custom", values.GetProperty("FUNCTIONS_WORKER_RUNTIME").GetString());
        Assert.Equal("UseDevelopmentStorage=true", values.GetProperty("AzureWebJobsStorage").GetString());
    }

    [Fact]
    public void A_publish_output_without_the_handler_is_refused_with_its_name()
    {
        File.Delete(Path.Combine(_app.Publish, "handler"));

        var error = Assert.Throws<IOException>(() => FunctionAppLayout.Build(_app.Sources, _app.Output));

        Assert.Contains("'handler'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_function_json_stops_the_package_naming_the_file()
    {
        _app.Write("repo/functions/Handler/Functions/Survey/function.json", "{ \"bindings\": [ ");

        var error = Assert.Throws<FormatException>(() => FunctionAppLayout.Build(_app.Sources, _app.Output));

        Assert.Contains(Path.Combine("Survey", "function.json"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_publish_folder_named_like_a_function_is_refused()
    {
        _app.Write("publish/Scan/readme.txt", "would shadow the Scan function");

        var error = Assert.Throws<IOException>(() => FunctionAppLayout.Build(_app.Sources, _app.Output));

        Assert.Contains("'Scan'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_other_work_in_it_is_never_deleted()
    {
        _app.Write("out/notes.txt", "someone's work");

        Assert.Throws<IOException>(() => FunctionAppLayout.Build(_app.Sources, _app.Output));

        Assert.True(File.Exists(Path.Combine(_app.Output, "notes.txt")));
    }

    [Fact]
    public void A_previous_package_is_replaced_without_leftovers()
    {
        FunctionAppLayout.Build(_app.Sources, _app.Output);
        Directory.Delete(Path.Combine(_app.Repository, "functions/Handler/Functions/Scan"), recursive: true);

        var package = FunctionAppLayout.Build(_app.Sources, _app.Output);

        Assert.Equal(["PublishStats"], package.Functions.Select(f => f.Name));
        Assert.False(Directory.Exists(Path.Combine(_app.Output, "Scan")));
    }

    [Fact]
    public void An_output_folder_around_the_sources_is_refused()
    {
        Assert.Throws<IOException>(() => FunctionAppLayout.Build(_app.Sources, _app.Root));

        Assert.True(File.Exists(Path.Combine(_app.Repository, "host.json")));
    }

    public void Dispose() => _app.Dispose();
}
