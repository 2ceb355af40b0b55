namespace GraphApi.Bolt;

/// <summary>A spatial point (Bolt structures 0x58 2D and 0x59 3D); <see cref="Z"/> is null in 2D.</summary>
public sealed record Point(int Srid, double X, double Y, double? Z = null);
