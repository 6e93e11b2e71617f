namespace MotCua.Handler.Hosting;

/// <summary>
/// Where the citizen's address comes from (configuration section <c>Forwarding</c>). By default it is the peer the
/// Functions host saw: the host's proxy sets <c>X-Forwarded-For</c> to it and the worker's forwarded-headers middleware
/// makes it the connection's remote address. Behind Front Door that peer is Front Door, never the citizen, so Azure
/// sets <see cref="ClientAddressHeader"/> to <c>X-Azure-SocketIP</c>: the address Front Door's socket saw, set by
/// Front Door itself. That header is trusted only because the app admits our Front Door alone (the access
/// restriction on its service tag and <c>X-Azure-FDID</c>); anywhere else, anyone could send it.
/// </summary>
public sealed class ForwardingOptions
{
    public const string Section = "Forwarding";

    /// <summary>Front Door's header with the client's socket address.</summary>
    public const string FrontDoorSocketIp = "X-Azure-SocketIP";

    /// <summary>A header holding the client's address, set by the one proxy that can reach the app; none: the host's peer.</summary>
    public string? ClientAddressHeader { get; set; }
}
