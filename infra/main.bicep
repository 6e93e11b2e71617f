// The whole product on Azure: storage (static site + tables), the Functions app (.NET 10 isolated worker
// on Flex Consumption), monitoring, a Key Vault for the visitor-hash secret, and Front Door as the one public host.
// Deploy: az deployment group create -g RG -f infra/main.bicep -p name=motcua [customDomain=qr.example.gov.vn]
targetScope = 'resourceGroup'

@description('Short product name used in every resource name (lower-case letters and digits, 3-11 characters).')
@minLength(3)
@maxLength(11)
param name string = 'motcua'

@description('Azure region for everything except Front Door (global). Must offer Flex Consumption, e.g. southeastasia or eastasia.')
param location string = resourceGroup().location

@description('Optional custom domain for the public site, e.g. qr.caobang.gov.vn. Empty: the Front Door endpoint host name is used. Printed QR codes live for years, so production should set one before printing.')
param customDomain string = ''

@description('Object id of the CI service principal (GitHub OIDC). It gets Storage Blob Data Contributor to upload the static site. Empty: no role assignment.')
param deployerPrincipalId string = ''

@description('Only to create or rotate the visitor-hash secret: pass a long random value once. Leave empty on ordinary deploys; the Key Vault then keeps its current secret.')
@secure()
param visitorSecret string = ''

@description('Upper bound of Flex Consumption instances (40-1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory per Flex Consumption instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Days Log Analytics keeps logs and Application Insights telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

var suffix = uniqueString(resourceGroup().id, name)

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: name
    suffix: suffix
    location: location
    retentionDays: logRetentionDays
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: name
    suffix: suffix
    location: location
    deployerPrincipalId: deployerPrincipalId
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: name
    suffix: suffix
    location: location
    visitorSecret: visitorSecret
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: name
    suffix: suffix
    location: location
    storageAccountName: storage.outputs.accountName
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    keyVaultName: vault.outputs.vaultName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
}

module frontDoor 'modules/frontdoor.bicep' = {
  name: 'frontdoor'
  params: {
    name: name
    suffix: suffix
    functionAppHost: functionApp.outputs.defaultHostName
    staticWebsiteHost: storage.outputs.webHost
    customDomain: customDomain
  }
}

module frontDoorOnly 'modules/frontdooronly.bicep' = {
  name: 'frontdooronly'
  params: {
    functionAppName: functionApp.outputs.name
    frontDoorId: frontDoor.outputs.frontDoorId
  }
}

// Settings come last: Site__Host is the Front Door host when no custom domain is given.
module appSettings 'modules/appsettings.bicep' = {
  name: 'appsettings'
  params: {
    functionAppName: functionApp.outputs.name
    storageAccountName: storage.outputs.accountName
    blobEndpoint: storage.outputs.blobEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    appInsightsConnectionString: monitoring.outputs.connectionString
    siteHost: empty(customDomain) ? frontDoor.outputs.endpointHost : customDomain
    visitorSecretUri: vault.outputs.visitorSecretUri
  }
}

@description('Storage account holding $web, the tables and the deployment container.')
output storageAccountName string = storage.outputs.accountName

@description('Blob endpoint for `publisher publish --account-url`.')
output blobEndpoint string = storage.outputs.blobEndpoint

@description('The Function App the workflow deploys the `dotnet publish` output to.')
output functionAppName string = functionApp.outputs.name

@description('The public host name: the custom domain, or the Front Door endpoint.')
output publicHost string = empty(customDomain) ? frontDoor.outputs.endpointHost : customDomain

@description('The Front Door endpoint host name (the CNAME target of a custom domain).')
output frontDoorEndpointHost string = frontDoor.outputs.endpointHost

@description('Key Vault holding the visitor-hash secret.')
output keyVaultName string = vault.outputs.vaultName
