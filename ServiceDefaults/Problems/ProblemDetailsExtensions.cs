using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
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
        // Binding failures throw in every environment, so the handler below answers them alike: 400 naming the field.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
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
        app.Use(LabelProblemsAsync);
        return app;
    }

    /// <summary>
    /// An endpoint that returns <c>TypedResults.NotFound(problem)</c> or <c>Conflict(problem)</c> writes its
    /// ProblemDetails as plain JSON; every error body here is a ProblemDetails, so it is labelled as one
    /// (RFC 9457's <c>application/problem+json</c>) and clients can tell an error body from a resource.
    /// </summary>
    private static Task LabelProblemsAsync(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            if (response.StatusCode >= StatusCodes.Status400BadRequest
                && response.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
            {
                response.ContentType = "application/problem+json; charset=utf-8";
            }
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
