// Azure Front Door Standard: one public host for the static site and the functions, so a scan's
// redirect stays on the same origin (no new DNS, TCP and TLS round trips on 2G/3G).
//   /s/*, /go/*, /p/*, /api/*  -> Function App, never cached (every scan is counted)
//   /*                   -> static website, cached and compressed (pages carry their own Cache-Control)

@description('Product name used in resource names.')
param name string

@description('Unique suffix for globally named resources.')
param suffix string

@description('Function App default host name.')
param functionAppHost string

@description('Static website host name (the storage web endpoint).')
param staticWebsiteHost string

@description('Optional custom domain (e.g. qr.caobang.gov.vn) with a Front Door managed certificate; empty for none.')
param customDomain string = ''

var functionPatterns = [
  '/s/*'
  '/go/*'
  '/p/*'
  '/api/*'
]

resource profile 'Microsoft.Cdn/profiles@2024-09-01' = {
  name: 'afd-${name}-${suffix}'
  location: 'global'
  sku: {
    name: 'Standard_AzureFrontDoor'
  }
}

resource endpoint 'Microsoft.Cdn/profiles/afdEndpoints@2024-09-01' = {
  parent: profile
  name: 'ep-${name}-${suffix}'
  location: 'global'
  properties: {
    enabledState: 'Enabled'
  }
}

resource functionGroup 'Microsoft.Cdn/profiles/originGroups@2024-09-01' = {
  parent: profile
  name: 'functions'
  properties: {
    loadBalancingSettings: {
      sampleSize: 4
      successfulSamplesRequired: 3
      additionalLatencyInMilliseconds: 50
    }
    // One origin per group: Front Door advises no health probe (it would only keep a Flex instance awake).
  }
}

resource functionOrigin 'Microsoft.Cdn/profiles/originGroups/origins@2024-09-01' = {
  parent: functionGroup
  name: 'function-app'
  properties: {
    hostName: functionAppHost
    originHostHeader: functionAppHost
    httpsPort: 443
    priority: 1
    weight: 1000
    enabledState: 'Enabled'
    enforceCertificateNameCheck: true
  }
}

resource staticGroup 'Microsoft.Cdn/profiles/originGroups@2024-09-01' = {
  parent: profile
  name: 'static-website'
  properties: {
    loadBalancingSettings: {
      sampleSize: 4
      successfulSamplesRequired: 3
      additionalLatencyInMilliseconds: 50
    }
  }
}

resource staticOrigin 'Microsoft.Cdn/profiles/originGroups/origins@2024-09-01' = {
  parent: staticGroup
  name: 'static-website'
  properties: {
    hostName: staticWebsiteHost
    originHostHeader: staticWebsiteHost
    httpsPort: 443
    priority: 1
    weight: 1000
    enabledState: 'Enabled'
    enforceCertificateNameCheck: true
  }
}

resource domain 'Microsoft.Cdn/profiles/customDomains@2024-09-01' = if (!empty(customDomain)) {
  parent: profile
  name: replace(customDomain, '.', '-')
  properties: {
    hostName: customDomain
    tlsSettings: {
      certificateType: 'ManagedCertificate'
      minimumTlsVersion: 'TLS12'
    }
  }
}

var customDomains = empty(customDomain) ? [] : [
  {
    id: resourceId('Microsoft.Cdn/profiles/customDomains', profile.name, replace(customDomain, '.', '-'))
  }
]

// Security headers (infra/security-headers.json) on every answer; listed first on both routes.
module securityHeaders 'security-headers.bicep' = {
  name: 'securityheaders'
  params: {
    profileName: profile.name
  }
}

// QR codes print upper-case URLs (HTTPS://HOST/S/HT2K). Whatever the route matcher does with case,
// this rule sends any casing of the function paths to the Function App, uncached.
resource ruleSet 'Microsoft.Cdn/profiles/ruleSets@2024-09-01' = {
  parent: profile
  name: 'functionpaths'
}

resource anyCaseRule 'Microsoft.Cdn/profiles/ruleSets/rules@2024-09-01' = {
  parent: ruleSet
  name: 'anycasefunctions'
  properties: {
    order: 1
    matchProcessingBehavior: 'Stop'
    conditions: [
      {
        name: 'UrlPath'
        parameters: {
          typeName: 'DeliveryRuleUrlPathMatchConditionParameters'
          operator: 'RegEx'
          negateCondition: false
          // The rules engine takes no capturing group: one pattern per path, any of them matches.
          matchValues: [
            '^/?s/'
            '^/?go/'
            '^/?p/'
            '^/?api/'
          ]
          transforms: [
            'Lowercase'
          ]
        }
      }
    ]
    actions: [
      {
        // Without a cache configuration, caching is off for the overridden request.
        name: 'RouteConfigurationOverride'
        parameters: {
          typeName: 'DeliveryRuleRouteConfigurationOverrideActionParameters'
          originGroupOverride: {
            originGroup: {
              id: functionGroup.id
            }
            forwardingProtocol: 'HttpsOnly'
          }
        }
      }
    ]
  }
}

resource functionRoute 'Microsoft.Cdn/profiles/afdEndpoints/routes@2024-09-01' = {
  parent: endpoint
  name: 'functions'
  dependsOn: [
    functionOrigin
    domain
  ]
  properties: {
    originGroup: {
      id: functionGroup.id
    }
    customDomains: customDomains
    ruleSets: [
      {
        id: securityHeaders.outputs.ruleSetId
      }
    ]
    supportedProtocols: [
      'Http'
      'Https'
    ]
    patternsToMatch: functionPatterns
    forwardingProtocol: 'HttpsOnly'
    httpsRedirect: 'Enabled'
    linkToDefaultDomain: 'Enabled'
    // Caching stays off (no cache configuration): every scan reaches the function and is counted.
  }
}

resource staticRoute 'Microsoft.Cdn/profiles/afdEndpoints/routes@2024-09-01' = {
  parent: endpoint
  name: 'static-website'
  dependsOn: [
    staticOrigin
    domain
    anyCaseRule
  ]
  properties: {
    originGroup: {
      id: staticGroup.id
    }
    customDomains: customDomains
    ruleSets: [
      {
        id: securityHeaders.outputs.ruleSetId
      }
      {
        id: ruleSet.id
      }
    ]
    supportedProtocols: [
      'Http'
      'Https'
    ]
    patternsToMatch: [
      '/*'
    ]
    forwardingProtocol: 'HttpsOnly'
    httpsRedirect: 'Enabled'
    linkToDefaultDomain: 'Enabled'
    cacheConfiguration: {
      // Pages carry their own Cache-Control from the upload; query strings never change a page.
      queryStringCachingBehavior: 'IgnoreQueryString'
      compressionSettings: {
        isCompressionEnabled: true
        contentTypesToCompress: [
          'text/html'
          'text/css'
          'text/csv'
          'text/plain'
          'application/javascript'
          'application/json'
          'image/svg+xml'
        ]
      }
    }
  }
}

@description('Profile name, for the WAF\'s security policy.')
output profileName string = profile.name

@description('Endpoint name, for the WAF\'s security policy.')
output endpointName string = endpoint.name

@description('The profile\'s Front Door id, sent to origins as X-Azure-FDID.')
output frontDoorId string = profile.properties.frontDoorId

@description('The endpoint host name, e.g. ep-motcua-xxxx.z01.azurefd.net.')
output endpointHost string = endpoint.properties.hostName

@description('Custom domain resource name (for `az afd custom-domain show` to read the DNS validation token).')
output customDomainName string = empty(customDomain) ? '' : replace(customDomain, '.', '-')
