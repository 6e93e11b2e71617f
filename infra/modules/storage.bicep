// The data account: $web (static website) and the tables. The Functions host keeps its own state in
// hoststorage.bicep's account, so a flood against the data never throttles the host's timer locks.
// No shared keys: the Function App, CI and operators all use Entra ID (RBAC data roles).
// Static website hosting is a data-plane setting: the deploy workflow turns it on with
// `az storage blob service-properties update --static-website --auth-mode login`.
import { roles, webContainerOnly } from 'roles.bicep'

@description('Product name used in resource names (main.bicep bounds it; repeated here so the account name is provably 3-24 characters).')
@minLength(3)
@maxLength(11)
param name string

@description('Unique suffix for globally named resources.')
param suffix string

@description('Azure region.')
param location string

@description('Object id of the CI deployer, which uploads $web; empty for none.')
param deployerPrincipalId string

@description('Object id of the read-only identity pull requests plan with (reads $web for `publish --dry-run`); empty for none.')
param planPrincipalId string

@description('Tables the functions and the statistics timer use (names are contracts). The app gets a data role on each, nothing account-wide.')
param tableNames array = [
  'scans'
  'surveys'
  'scanfailures'
  'statsdaily'
  'statsstate'
  'visitorkeys'
  'slips'
  'slipanswers'
]

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: take(toLower('st${name}${suffix}'), 24)
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  tags: {
    purpose: 'site-and-data'
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

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [for table in tableNames: {
  parent: tableService
  name: table
}]

// $web does not exist until the workflow turns the static website on, so the container cannot be a
// scope: the role is on the account, and a condition keeps every blob action inside $web.
resource deployerWebAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  // The same name as the earlier unconditioned assignment: a redeploy adds the condition to it.
  name: guid(account.id, deployerPrincipalId, roles.storageBlobDataContributor)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
    principalId: deployerPrincipalId
    principalType: 'ServicePrincipal'
    condition: webContainerOnly
    conditionVersion: '2.0'
    description: 'CI publishes the static site: blobs in $web only.'
  }
}

resource planWebAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(planPrincipalId)) {
  name: guid(account.id, planPrincipalId, roles.storageBlobDataReader, 'web')
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataReader)
    principalId: planPrincipalId
    principalType: 'ServicePrincipal'
    condition: webContainerOnly
    conditionVersion: '2.0'
    description: 'Pull requests plan `publish --dry-run`: read $web only (public through Front Door anyway).'
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

@description('The tables created, for the app\'s per-table roles.')
output tableNames array = [for (table, i) in tableNames: tables[i].name]
