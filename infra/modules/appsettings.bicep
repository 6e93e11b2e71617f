// Every app setting of the Function App, in one place. Storage is reached with the app's managed
// identity: account names and endpoints only, never a key or a connection string with a secret.

@description('Function App to configure.')
param functionAppName string

@description('Storage account for AzureWebJobsStorage (identity-based connection).')
param storageAccountName string

@description('Blob endpoint the app reads $web from and writes statistics pages to.')
param blobEndpoint string

@description('Table endpoint the app writes scans and surveys to.')
param tableEndpoint string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Public host name printed in QR codes and used in absolute links.')
param siteHost string

@description('Versionless Key Vault URI of the visitor-hash secret.')
param visitorSecretUri string

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // The Functions host's own storage (timer leases, schedule monitor) through the managed identity.
    AzureWebJobsStorage__accountName: storageAccountName
    AzureWebJobsStorage__credential: 'managedidentity'
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
    // The app's SDK clients: service endpoints + DefaultAzureCredential (the managed identity in Azure).
    Storage__BlobEndpoint: blobEndpoint
    Storage__TableEndpoint: tableEndpoint
    Site__Host: toUpper(siteHost)
    Privacy__VisitorSecret: '@Microsoft.KeyVault(SecretUri=${visitorSecretUri})'
  }
}
