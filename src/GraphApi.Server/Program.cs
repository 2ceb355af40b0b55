using GraphApi.Server.Access;
using GraphApi.Server.Hosting;

var builder = WebApplication.CreateBuilder(ServerContentRoot.Options(args));
builder.AddRequestProtection();
builder.AddKnowledgeGraph();
builder.AddAccessControl();
if (DevelopmentTokens.IsRequested(args))
{
    return DevelopmentTokens.Run(builder.Configuration, args, Console.Out, Console.Error);
}

builder.AddKnowledgeGraphApi();
builder.AddExplorer();

var app = builder.Build();
app.UseRequestProtection();
app.UseAccessControl();
app.MapKnowledgeGraph();
app.MapKnowledgeGraphApi();
app.MapExplorer();
app.Run();
return 0;

/// <summary>Entry point, public so that <c>WebApplicationFactory&lt;Program&gt;</c> can host it in tests.</summary>
public partial class Program;
