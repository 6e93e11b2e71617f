using Microsoft.Extensions.Logging.Console;

namespace MotCua.HostStandIn;

/// <summary>The stand-in's command line.</summary>
internal static class StandInCommandLine
{
    public const string Usage = "usage: hoststandin --app FUNCTIONS_APP_DIR [--urls http://127.0.0.1:7071] [--quiet] [--show-dropped-logs] [--no-timers]";

    public static (StandInOptions Host, bool Quiet)? Parse(string[] args, string? storage)
    {
        string? app = null;
        var url = new Uri("http://127.0.0.1:7071/");
        var quiet = false;
        var showDropped = false;
        var timers = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--app" when i + 1 < args.Length:
                    app = Path.GetFullPath(args[++i]);
                    break;
                case "--urls" when i + 1 < args.Length && Uri.TryCreate(args[i + 1], UriKind.Absolute, out var parsed):
                    url = parsed;
                    i++;
                    break;
                case "--quiet":
                    quiet = true;
                    break;
                case "--show-dropped-logs":
                    showDropped = true;
                    break;
                case "--no-timers":
                    timers = false;
                    break;
                default:
                    return null;
            }
        }

        return app is null ? null : (new StandInOptions
        {
            AppDirectory = app,
            PublicUrl = url,
            StorageConnectionString = storage ?? "UseDevelopmentStorage=true",
            ShowDroppedLogs = showDropped,
            RunTimers = timers,
        }, quiet);
    }

    /// <summary>One line per message (<see cref="HostConsoleFormatter"/>); <c>--quiet</c> keeps warnings and errors.</summary>
    public static Action<ILoggingBuilder> Logging(bool quiet) => logging =>
    {
        logging.SetMinimumLevel(quiet ? LogLevel.Warning : LogLevel.Information);
        logging.AddFilter("Host.Worker.Dropped", LogLevel.Information);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddFilter("Grpc", LogLevel.Warning);
        logging.AddFilter("Yarp", LogLevel.Warning);
        logging.AddConsole(o => o.FormatterName = HostConsoleFormatter.Name);
        logging.AddConsoleFormatter<HostConsoleFormatter, ConsoleFormatterOptions>();
    };
}
