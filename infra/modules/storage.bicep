// One StorageV2 account: $web (static website), the tables, and the Flex Consumption deployment container.
// No shared keys: the Function App, CI and operators all use Entra ID (RBAC data roles).
// Static website hosting is a data-plane setting: the deploy workflow turns it on with
// `az storage blob service-properties update --static-website --auth-mode login`.

@description('Product name used in resource names (main.bicep bounds it; repeated here so the account name is provably 3-24 characters).')
@minLength(3)
@maxLength(11)
param name string

@description('Unique suffix for globally named resources.')
param suffix string

@description('Azure region.')
param location string

@description('Object id of the CI service principal to grant Storage Blob Data Contributor; empty for none.')
param deployerPrincipalId string

@description('Tables the functions and the statistics timer use (names are contracts).')
param tableNames array = [
  'scans'
  'surveys'
  'scanfailures'
  'statsdaily'
  'statsstate'
]

@description('Blob container Flex Consumption deploys the app package from.')
param deploymentContainerName string = 'app-package'

var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: take(toLower('st${name}${suffix}'), 24)
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [for table in tableNames: {
  parent: tableService
  name: table
}]

resource deployerBlobAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(account.id, deployerPrincipalId, storageBlobDataContributor)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
    principalId: deployerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Storage account name.')
output accountName string = account.name

@description('Blob endpoint, e.g. https://acct.blob.core.windows.net/.')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Table endpoint, e.g. https://acct.table.core.windows.net/.')
output tableEndpoint string = account.properties.primaryEndpoints.table

@description('Host name of the static website endpoint (Front Door origin).')
output webHost string = replace(replace(account.properties.primaryEndpoints.web, 'https://', ''), '/', '')

@description('URL of the deployment container.')
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${deploymentContainer.name}'
