using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareServices.ServiceDefaults.Problems;

public static class ProblemDetailsExtensions
{
    public static TBuilder AddServiceProblemDetails<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        });
        return builder;
    }

    /// <summary>
    /// Unhandled exceptions and bare status codes (401, 403, 404 …) become ProblemDetails; the exception text
    /// is never sent, because it can carry personal data.
    /// </summary>
    public static IApplicationBuilder UseServiceProblemDetails(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
