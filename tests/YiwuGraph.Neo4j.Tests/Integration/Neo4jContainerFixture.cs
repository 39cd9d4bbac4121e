using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;
using YiwuGraph.Neo4j.Client;

namespace YiwuGraph.Neo4j.Tests.Integration;

/// <summary>
/// Starts <c>neo4j:5.26</c> (community) once for the integration tests with the generic Testcontainers package.
/// Where no Docker engine is reachable it records why, and the tests report themselves skipped with that reason.
/// </summary>
public sealed class Neo4jContainerFixture : IAsyncLifetime
{
    public const string Image = "neo4j:5.26";
    public const string Password = "yiwugraph-test";

    private IContainer? container;

    /// <summary>Why the tests cannot run here, or null when the container is up.</summary>
    public string? SkipReason { get; private set; }

    public Uri? BaseUri { get; private set; }

    public Neo4jConnectionOptions Options() =>
        new(BaseUri ?? throw new InvalidOperationException(SkipReason), "neo4j")
        {
            User = "neo4j",
            Password = Password,
            Retry = new RetryPolicy { MaxRetryTime = TimeSpan.FromSeconds(60) },
        };

    public async ValueTask InitializeAsync()
    {
        SkipReason = DockerUnavailableReason();
        if (SkipReason is not null)
        {
            return;
        }

        try
        {
            container = new ContainerBuilder(Image)
                .WithPortBinding(7474, true)
                .WithPortBinding(7687, true)
                .WithEnvironment("NEO4J_AUTH", "neo4j/" + Password)
                .WithEnvironment("NEO4J_server_memory_heap_max__size", "512m")
                .WithEnvironment("NEO4J_server_memory_pagecache_size", "128m")
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPath("/").ForPort(7474)))
                .Build();
        }
        catch (DockerUnavailableException ex)
        {
            SkipReason = "no Docker engine is reachable: " + ex.Message;
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await container.StartAsync(timeout.Token);
        BaseUri = new Uri($"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}/");
    }

    public async ValueTask DisposeAsync()
    {
        if (container is not null)
        {
            await container.DisposeAsync();
        }
    }

    /// <summary>Null when Testcontainers found a Docker endpoint (socket present or DOCKER_HOST set).</summary>
    private static string? DockerUnavailableReason()
    {
        try
        {
            var endpoint = TestcontainersSettings.OS.DockerEndpointAuthConfig;
            return endpoint is null
                ? "no Docker engine is reachable (no socket at /var/run/docker.sock, no DOCKER_HOST); the neo4j:5.26 container tests run where Docker exists"
                : null;
        }
        catch (Exception ex) when (ex is DockerUnavailableException or InvalidOperationException or TypeInitializationException)
        {
            return "no Docker engine is reachable: " + ex.Message;
        }
    }
}
