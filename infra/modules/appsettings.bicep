// Every app setting of the Function App, in one place. Storage is reached with the app's managed
// identity: account names and endpoints only, never a key or a connection string with a secret.
//
// Under Flex Consumption a settings write restarts every instance and ends the work in flight, so the
// settings are written only when they differ from the deployed ones: the set carries its own hash
// (SETTINGS_HASH), the workflow reads it from the app before deploying and passes it back.

@description('Function App to configure.')
param functionAppName string

@description('The Functions host\'s own storage account (AzureWebJobsStorage, identity-based).')
param hostStorageAccountName string

@description('Blob endpoint the app reads $web from and writes statistics pages to.')
param blobEndpoint string

@description('Table endpoint the app writes scans and surveys to.')
param tableEndpoint string

@description('Application Insights connection string (the host and the worker\'s own logs).')
param appInsightsConnectionString string

@description('Public host name printed in QR codes and used in absolute links.')
param siteHost string

@description('Start the .NET isolated worker without the platform\'s placeholder (the .NET 10 start-up workaround).')
param disableDotnetIsolatedPlaceholder bool

@description('SETTINGS_HASH of the settings now deployed; equal to this set\'s hash, nothing is written.')
param deployedSettingsHash string

var settings = union({
  // The Functions host's own storage (timer leases, keys, diagnostic events) through the managed identity.
  AzureWebJobsStorage__accountName: hostStorageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  // The host's telemetry and the worker's own logs (Microsoft.Azure.Functions.Worker.ApplicationInsights).
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  // The app's SDK clients: service endpoints + DefaultAzureCredential (the managed identity in Azure).
  Storage__BlobEndpoint: blobEndpoint
  Storage__TableEndpoint: tableEndpoint
  Site__Host: toUpper(siteHost)
  // The citizen's address is the TCP peer Front Door saw. Trusted because the app admits only this
  // Front Door profile (frontdooronly.bicep: service tag and X-Azure-FDID).
  Forwarding__ClientAddressHeader: 'X-Azure-SocketIP'
}, disableDotnetIsolatedPlaceholder ? {
  // Azure Functions .NET worker issue #3335: .NET 10 apps can crash at start on Flex Consumption when
  // started from the placeholder. Drop once that issue is closed.
  WEBSITE_USE_PLACEHOLDER_DOTNETISOLATED: '0'
} : {})

var settingsHash = uniqueString(string(settings))

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = if (settingsHash != deployedSettingsHash) {
  parent: site
  name: 'appsettings'
  properties: union(settings, {
    SETTINGS_HASH: settingsHash
  })
}

@description('Hash of this settings set (the SETTINGS_HASH app setting).')
output settingsHash string = settingsHash

@description('Whether this deployment wrote the settings (and so restarted the instances).')
output written bool = settingsHash != deployedSettingsHash
