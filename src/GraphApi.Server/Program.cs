using GraphApi.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddRequestProtection();
builder.AddKnowledgeGraph();
builder.AddKnowledgeGraphApi();
builder.AddExplorer();

var app = builder.Build();
app.UseRequestProtection();
app.MapKnowledgeGraph();
app.MapKnowledgeGraphApi();
app.MapExplorer();
app.Run();

/// <summary>Entry point, public so that <c>WebApplicationFactory&lt;Program&gt;</c> can host it in tests.</summary>
public partial class Program;
