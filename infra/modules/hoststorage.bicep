// The Functions host's own account (AzureWebJobsStorage, for timer locks, keys, diagnostic events) and the
// Flex Consumption deployment container. Apart from the data account, so the host's roles (Blob Data
// Owner, as the docs require) reach neither $web nor the tables, and a flood on the data cannot
// throttle the host.

@description('Product name used in resource names (3-11 characters, bounded by main.bicep).')
@minLength(3)
@maxLength(11)
param name string

@description('Unique suffix for globally named resources.')
param suffix string

@description('Azure region.')
param location string

@description('Blob container Flex Consumption deploys the app package from.')
param deploymentContainerName string = 'app-package'

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: take(toLower('sth${name}${suffix}'), 24)
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  tags: {
    purpose: 'functions-host'
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

@description('Host storage account name (AzureWebJobsStorage__accountName).')
output accountName string = account.name

@description('URL of the deployment container.')
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${deploymentContainer.name}'
