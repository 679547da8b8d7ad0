import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { composition } from './app/composition'
import { NavigationProvider } from './app/navigation'
import { SlotsContext } from './app/slots'
import { createQueryClient } from './lib/queries'
import './styles/index.css'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <SlotsContext value={composition}>
          <NavigationProvider>
            <App />
          </NavigationProvider>
        </SlotsContext>
      </QueryClientProvider>
    </StrictMode>,
  )
}
