// The whole product on Azure: a data account (static site + tables), the Functions host's own account,
// the Functions app (.NET 10 isolated worker on Flex Consumption), monitoring, and Front Door (with its WAF)
// as the one public host. No secret: the visitor key of each day is a random row the app keeps in a table.
// Deploy: az deployment group create -g RG -f infra/main.bicep -p name=motcua [customDomain=qr.example.gov.vn]
// docs/operations.md walks through a first deployment and explains every parameter's default.
targetScope = 'resourceGroup'

@description('Short product name used in every resource name (lower-case letters and digits, 3-11 characters).')
@minLength(3)
@maxLength(11)
param name string = 'motcua'

@description('Azure region for everything except Front Door (global). Must offer Flex Consumption, e.g. southeastasia or eastasia.')
param location string = resourceGroup().location

@description('Optional custom domain for the public site, e.g. qr.caobang.gov.vn. Empty: the Front Door endpoint host name is used. Printed QR codes live for years, so production should set one before printing.')
param customDomain string = ''

@description('Object id of the CI deployer (GitHub OIDC). It gets blob write access to $web to publish the site. Empty: no role assignment.')
param deployerPrincipalId string = ''

@description('Object id of the read-only identity pull requests plan with. It gets blob read access to $web for `publish --dry-run`. Empty: no role assignment.')
param planPrincipalId string = ''

@description('Instances kept running for the HTTP functions, so the first scan after a quiet spell meets no cold start. Each one is billed all month (docs/operations.md, Costs); 0 turns it off.')
@minValue(0)
@maxValue(10)
param alwaysReadyInstances int = 1

@description('Concurrent HTTP requests one instance takes before Flex adds another (Flex default at 2 GB: 16). The functions mostly wait on storage or answer from memory, so one instance carries many.')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int = 64

@description('Upper bound of on-demand instances of the HTTP functions (always-ready instances come on top). 10 x 64 concurrent requests is far above a province\'s peak and caps the bill under a flood.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 10

@description('Memory per Flex Consumption instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('How Flex applies a code or settings change: Recreate (restart all instances; the default) or RollingUpdate (drain in batches; in preview).')
@allowed(['Recreate', 'RollingUpdate'])
param siteUpdateStrategy string = 'Recreate'

@description('Set WEBSITE_USE_PLACEHOLDER_DOTNETISOLATED=0: the workaround for .NET 10 apps crashing at start on Flex (Azure Functions .NET worker issue #3335). Turn off once that issue is closed.')
param disableDotnetIsolatedPlaceholder bool = true

@description('The SETTINGS_HASH app setting the app has now (the workflow reads it before deploying). Equal to the new settings\' hash, the settings are not rewritten, so the instances keep running. Empty: write them.')
param deployedSettingsHash string = ''

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
    planPrincipalId: planPrincipalId
  }
}

module hostStorage 'modules/hoststorage.bicep' = {
  name: 'hoststorage'
  params: {
    name: name
    suffix: suffix
    location: location
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: name
    suffix: suffix
    location: location
    deploymentContainerUrl: hostStorage.outputs.deploymentContainerUrl
    alwaysReadyInstances: alwaysReadyInstances
    httpPerInstanceConcurrency: httpPerInstanceConcurrency
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    siteUpdateStrategy: siteUpdateStrategy
  }
}

module appAccess 'modules/appaccess.bicep' = {
  name: 'appaccess'
  params: {
    principalId: functionApp.outputs.principalId
    functionAppName: functionApp.outputs.name
    dataAccountName: storage.outputs.accountName
    tableNames: storage.outputs.tableNames
    hostAccountName: hostStorage.outputs.accountName
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

module frontDoorWaf 'modules/frontdoorwaf.bicep' = {
  name: 'frontdoorwaf'
  params: {
    name: name
    suffix: suffix
    profileName: frontDoor.outputs.profileName
    endpointName: frontDoor.outputs.endpointName
    customDomainName: frontDoor.outputs.customDomainName
  }
}

module frontDoorOnly 'modules/frontdooronly.bicep' = {
  name: 'frontdooronly'
  params: {
    functionAppName: functionApp.outputs.name
    frontDoorId: frontDoor.outputs.frontDoorId
  }
}

// Settings come last: Site__Host is the Front Door host when no custom domain is given. They wait for
// frontDoorOnly: both write the same site's config, and ARM can answer 409 to two writes at once. They
// also wait for the app's roles, so the app never starts on settings it may not yet use.
module appSettings 'modules/appsettings.bicep' = {
  name: 'appsettings'
  dependsOn: [
    frontDoorOnly
    appAccess
  ]
  params: {
    functionAppName: functionApp.outputs.name
    hostStorageAccountName: hostStorage.outputs.accountName
    blobEndpoint: storage.outputs.blobEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    appInsightsConnectionString: monitoring.outputs.connectionString
    siteHost: empty(customDomain) ? frontDoor.outputs.endpointHost : customDomain
    disableDotnetIsolatedPlaceholder: disableDotnetIsolatedPlaceholder
    deployedSettingsHash: deployedSettingsHash
  }
}

@description('Data account holding $web and the tables.')
output storageAccountName string = storage.outputs.accountName

@description('Blob endpoint for `publisher publish --account-url`.')
output blobEndpoint string = storage.outputs.blobEndpoint

@description('The Functions host\'s own account (AzureWebJobsStorage, deployment container).')
output hostStorageAccountName string = hostStorage.outputs.accountName

@description('The Function App the workflow deploys the `dotnet publish` output to.')
output functionAppName string = functionApp.outputs.name

@description('The public host name: the custom domain, or the Front Door endpoint.')
output publicHost string = empty(customDomain) ? frontDoor.outputs.endpointHost : customDomain

@description('The Front Door endpoint host name (the CNAME target of a custom domain).')
output frontDoorEndpointHost string = frontDoor.outputs.endpointHost

@description('Whether this deployment rewrote the app settings (which restarts every instance).')
output appSettingsWritten bool = appSettings.outputs.written
