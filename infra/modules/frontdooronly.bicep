// The Function App answers only requests that came through this Front Door profile: nobody can
// bypass the edge, and the client address headers Front Door sets (X-Azure-ClientIP,
// X-Forwarded-For) can be trusted by the app. Deployment (the scm site) is not restricted.

@description('Function App to restrict.')
param functionAppName string

@description('The Front Door profile id (X-Azure-FDID) allowed through.')
param frontDoorId string

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource web 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'web'
  properties: {
    ipSecurityRestrictionsDefaultAction: 'Deny'
    ipSecurityRestrictions: [
      {
        name: 'front-door-only'
        action: 'Allow'
        priority: 100
        tag: 'ServiceTag'
        ipAddress: 'AzureFrontDoor.Backend'
        headers: {
          'x-azure-fdid': [
            frontDoorId
          ]
        }
      }
    ]
    scmIpSecurityRestrictionsUseMain: false
  }
}
