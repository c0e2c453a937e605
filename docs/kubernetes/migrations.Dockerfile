# The migration image for the Job in migration-job.yaml: a self-contained EF Core migration bundle.
#   docker build -f docs/kubernetes/migrations.Dockerfile -t registry.example/mensenhandel-migrations:1.0.0 .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY .config/ .config/
COPY src/ src/
RUN dotnet tool restore \
 && dotnet ef migrations bundle \
      --project src/Mensenhandel.Migrations.Postgres --startup-project src/Mensenhandel.Migrations.Postgres \
      --configuration Release --self-contained -r linux-x64 -o /bundle/efbundle

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
COPY --from=build /bundle /bundle
USER $APP_UID
ENTRYPOINT ["/bundle/efbundle"]
