// Flex Consumption plan (FC1, Linux) and the Function App running the .NET 10 isolated worker with a
// system-assigned identity. What that identity may touch is in appaccess.bicep; app settings are
// applied by appsettings.bicep once the public host name is known.

@description('Product name used in resource names.')
param name string

@description('Unique suffix for globally named resources.')
param suffix string

@description('Azure region.')
param location string

@description('Blob container URL (host storage account) Flex Consumption deploys the package from.')
param deploymentContainerUrl string

@description('Instances kept running for the HTTP functions (0 lets the app scale to zero).')
param alwaysReadyInstances int

@description('Concurrent HTTP invocations one instance takes before Flex adds another.')
param httpPerInstanceConcurrency int

@description('Upper bound of on-demand instances of each function group (always-ready ones come on top).')
param maximumInstanceCount int

@description('Memory per instance in MB.')
param instanceMemoryMB int

@description('How Flex applies a code or settings change to running instances: Recreate or RollingUpdate (preview).')
param siteUpdateStrategy string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${name}-${suffix}'
  location: location
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: 'func-${name}-${suffix}'
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        // The HTTP functions scale as one group ('http'): its ready instance answers the first scan
        // after a quiet night without a cold start. The timer runs on instances of its own.
        alwaysReady: [
          {
            name: 'http'
            instanceCount: alwaysReadyInstances
          }
        ]
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        triggers: {
          http: {
            perInstanceConcurrency: httpPerInstanceConcurrency
          }
        }
      }
      // Documented for API 2023-12-01 and later (Flex Consumption site update strategies); the Bicep
      // CLI's type definitions do not list it yet.
      #disable-next-line BCP037
      siteUpdateStrategy: {
        type: siteUpdateStrategy
      }
      // Flex Consumption takes the worker runtime and its version here and rejects them as app settings.
      // The version is the target framework of functions/Handler: the `dotnet publish` output is
      // framework-dependent and runs on the platform's .NET 10.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

@description('Function App name.')
output name string = site.name

@description('Default host name (Front Door origin).')
output defaultHostName string = site.properties.defaultHostName

@description('Object id of the app identity.')
output principalId string = site.identity.principalId
